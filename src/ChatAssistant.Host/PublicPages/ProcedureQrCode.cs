using QRCoder;

namespace ChatAssistant.Host.PublicPages;

/// <summary>The QR code of a page address, as a PNG (drawn without System.Drawing, so it runs on any server).</summary>
public static class ProcedureQrCode
{
    public const int DefaultPixelsPerModule = 10;
    public const int MinPixelsPerModule = 2;
    public const int MaxPixelsPerModule = 32;

    /// <param name="pixelsPerModule">Clamped to <see cref="MinPixelsPerModule"/>..<see cref="MaxPixelsPerModule"/>: big enough to scan, small enough to cost nothing.</param>
    public static byte[] Png(Uri address, int pixelsPerModule = DefaultPixelsPerModule)
    {
        ArgumentNullException.ThrowIfNull(address);
        // Level Q (25 % recoverable): codes on an office wall get scuffed, faded and photographed under glare.
        using var data = QRCodeGenerator.GenerateQrCode(address.AbsoluteUri, QRCodeGenerator.ECCLevel.Q);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(Math.Clamp(pixelsPerModule, MinPixelsPerModule, MaxPixelsPerModule), drawQuietZones: true);
    }
}
