using System.Globalization;

namespace ChatAssistant.Features.Dossiers;

/// <summary>Checks one row of an imported list and turns it into an entry, or says what is wrong with it.</summary>
internal static class DossierRowCheck
{
    public const int MaxProcedureLength = 300;
    public const int MaxNoteLength = 1000;

    // Day first, as Vietnamese offices write dates; ISO for exports from software.
    private static readonly string[] DateFormats = ["d/M/yyyy", "yyyy-MM-dd"];

    private static readonly string Statuses = string.Join(", ", DossierStatus.All);

    /// <summary>
    /// The entry, or null with <paramref name="reason"/> set. Values are trimmed; an empty note or phone is none.
    /// A phone number is kept only as <paramref name="tagPhone"/> makes it from the code and its last digits.
    /// </summary>
    public static DossierEntry? Check(
        string code, string procedure, string status, string date, string? note, string? phone, CatalogueProcedures catalogue,
        Func<string, string, byte[]> tagPhone, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(tagPhone);
        code = code.Trim();
        procedure = procedure.Trim();
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var hasPhone = !string.IsNullOrWhiteSpace(phone);
        var lastDigits = hasPhone ? DossierPhone.LastDigitsOfNumber(phone!) : null;
        reason = null;
        if (code.Length == 0)
        {
            reason = "The code is empty.";
        }
        else if (DossierCode.Normalize(code) is not { } codeKey)
        {
            reason = $"The code is not valid: a code has {DossierCode.Rule}.";
        }
        else if (procedure.Length == 0)
        {
            reason = "The procedure is empty.";
        }
        else if (procedure.Length > MaxProcedureLength)
        {
            reason = $"The procedure is longer than {MaxProcedureLength} characters.";
        }
        else if (DossierStatus.Parse(status) is not { } statusCode)
        {
            reason = status.Trim().Length == 0
                ? "The status is empty."
                : $"The status '{Shorten(status)}' is unknown; use {Statuses} or the Vietnamese label (\"Đang xử lý\", \"Đã có kết quả\", ...).";
        }
        else if (!DateOnly.TryParseExact(date.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var statusDate))
        {
            reason = date.Trim().Length == 0
                ? "The date is empty."
                : $"The date '{Shorten(date)}' is not a date; write it as dd/MM/yyyy or yyyy-MM-dd.";
        }
        else if (note is { Length: > MaxNoteLength })
        {
            reason = $"The note is longer than {MaxNoteLength} characters.";
        }
        else if (hasPhone && lastDigits is null)
        {
            reason = DossierPhone.Refused;
        }
        else
        {
            var tag = lastDigits is null ? null : tagPhone(codeKey, lastDigits);
            return new DossierEntry(codeKey, code, procedure, catalogue.Match(procedure), statusCode, statusDate, note, tag);
        }
        return null;
    }

    /// <summary>A value quoted back in a message, cut so that a stray paste cannot flood the report.</summary>
    public static string Shorten(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length <= 40 ? trimmed : trimmed[..40] + "…";
    }
}
