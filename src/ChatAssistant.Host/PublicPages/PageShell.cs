namespace ChatAssistant.Host.PublicPages;

/// <summary>The HTML5 document every public page shares: Vietnamese, UTF-8, sized for a phone, styles inline.</summary>
public static class PageShell
{
    // Inline and self-contained: offices and some residents' phones are on poor connections, and a page
    // scanned from a wall must not wait on (or leak the visit to) a CDN.
    private const string PhoneStyles = """
        :root { --ink: #1b2330; --muted: #5b6677; --line: #dde2ea; --blue: #0052cc; --warn-bg: #fff4d6; --warn: #7a5200; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; color: var(--ink); background: #f4f6f9;
               font: 17px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 42rem; margin: 0 auto; padding: 1rem 1rem 2rem; background: #fff; min-height: 100vh; }
        h1 { font-size: 1.45rem; line-height: 1.3; margin: .25rem 0 .5rem; }
        h2 { font-size: 1.1rem; margin: 1.5rem 0 .4rem; padding-top: .9rem; border-top: 1px solid var(--line); }
        p { margin: .4rem 0; }
        ul, ol { margin: .4rem 0; padding-left: 1.4rem; }
        li { margin: .35rem 0; }
        a { color: var(--blue); overflow-wrap: anywhere; }
        .crumb { font-size: .9rem; color: var(--muted); margin: 0; }
        .code, .meta, .small { color: var(--muted); font-size: .92rem; }
        .note { display: block; color: var(--muted); font-size: .92rem; }
        .warn { background: var(--warn-bg); color: var(--warn); border-radius: .5rem; padding: .6rem .8rem; margin: .6rem 0; }
        .button { display: inline-block; margin: .3rem 0; padding: .6rem 1rem; border-radius: .5rem; background: var(--blue);
                  color: #fff; text-decoration: none; font-weight: 600; }
        footer { margin-top: 1.8rem; padding-top: .9rem; border-top: 1px solid var(--line); font-size: .95rem; }
        footer .check { font-weight: 600; }
        """;

    /// <summary>A page residents read on their phone.</summary>
    public static string PhonePage(string title, Markup body) => Document(title, PhoneStyles, body);

    /// <summary>Any page, with its own style sheet (the printable board brings its own).</summary>
    public static string Document(string title, string styles, Markup body) => Html.Of($"""
        <!DOCTYPE html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title}</title>
        <style>
        {new Markup(styles)}
        </style>
        </head>
        <body>
        {body}
        </body>
        </html>

        """).Value;
}
