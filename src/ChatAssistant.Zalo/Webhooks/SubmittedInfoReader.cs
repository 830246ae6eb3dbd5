using System.Text.Json;
using ChatAssistant.Conversation.Activities;

namespace ChatAssistant.Zalo.Webhooks;

/// <summary>
/// Reads <c>user_submit_info</c>. Two shapes exist (docs/zalo-platform.md): the current one nests
/// the address under <c>info.full_address</c>, older payloads keep it flat in <c>info</c>.
/// </summary>
internal static class SubmittedInfoReader
{
    public static SubmittedInfo? Read(JsonElement root)
    {
        if (root.Object("info") is not { } info)
        {
            return null;
        }

        var nested = info.Object("full_address");
        return new SubmittedInfo
        {
            Name = info.NonBlank("name"),
            Phone = info.NonBlank("phone"),
            DateOfBirth = info.NonBlank("user_dob") ?? info.NonBlank("dob"),
            Gender = info.NonBlank("gender") ?? info.NonBlank("user_gender"),
            Address = nested?.NonBlank("user_address") ?? nested?.NonBlank("address") ?? info.NonBlank("address")
                ?? info.NonBlank("full_address"),
            Ward = nested?.NonBlank("user_ward") ?? nested?.NonBlank("ward") ?? info.NonBlank("ward"),
            District = nested?.NonBlank("user_district") ?? nested?.NonBlank("district") ?? info.NonBlank("district"),
            City = nested?.NonBlank("user_city") ?? nested?.NonBlank("city") ?? info.NonBlank("city"),
        };
    }
}
