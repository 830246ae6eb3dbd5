namespace ChatAssistant.Conversation.Activities;

public enum AttachmentKind
{
    Image,
    File,
    Audio,
    Video,
    Sticker,
    Gif,
    Link,
    BusinessCard,
}
