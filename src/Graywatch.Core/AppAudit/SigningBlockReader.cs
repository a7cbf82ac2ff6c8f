using System.Buffers.Binary;
using Graywatch.AppAudit.Zip;

namespace Graywatch.AppAudit;

/// <summary>Reads the signer's certificate from the APK Signing Block (signature schemes v2 and v3) that precedes the central directory.</summary>
/// <remarks>Every length prefix is checked against its enclosing block; the signature is not verified. Stateless.</remarks>
public static class SigningBlockReader
{
    private const uint V2 = 0x7109871a;
    private const uint V3 = 0xf05368c0;
    private const int MaxBlockBytes = 16 * 1024 * 1024;

    /// <summary>Whether the APK has a signing block.</summary>
    public static bool Present(ApkArchive archive) =>
        archive.CentralDirectoryOffset >= 24 && archive.ReadRange(archive.CentralDirectoryOffset - 16, 16).AsSpan().SequenceEqual("APK Sig Block 42"u8);

    /// <summary>The first signer's certificate (v3 preferred, then v2), or null when there is no signing block.</summary>
    public static SigningCertificate? Read(ApkArchive archive)
    {
        if (!Present(archive))
        {
            return null;
        }
        var size = BinaryPrimitives.ReadInt64LittleEndian(archive.ReadRange(archive.CentralDirectoryOffset - 24, 8));
        if (size < 24 || size > MaxBlockBytes || size + 8 > archive.CentralDirectoryOffset)
        {
            throw new AppAuditException($"APK Signing Block: an impossible size of {size} bytes");
        }
        var block = archive.ReadRange(archive.CentralDirectoryOffset - size - 8, (int)size + 8);
        ReadOnlySpan<byte> pairs = block.AsSpan(8, block.Length - 8 - 24);
        ReadOnlyMemory<byte>? v2 = null;
        ReadOnlyMemory<byte>? v3 = null;
        var offset = 8;
        while (pairs.Length >= 12)
        {
            var length = BinaryPrimitives.ReadInt64LittleEndian(pairs);
            if (length < 4 || length > pairs.Length - 8)
            {
                throw new AppAuditException("APK Signing Block: a pair runs past the block");
            }
            var id = BinaryPrimitives.ReadUInt32LittleEndian(pairs[8..]);
            var value = block.AsMemory(offset + 12, (int)length - 4);
            if (id == V2)
            {
                v2 = value;
            }
            else if (id == V3)
            {
                v3 = value;
            }
            pairs = pairs[(8 + (int)length)..];
            offset += 8 + (int)length;
        }
        var scheme = v3 is not null ? "v3" : "v2";
        return (v3 ?? v2) is { } signers ? Certificate(signers.Span, scheme) : null;
    }

    private static SigningCertificate Certificate(ReadOnlySpan<byte> value, string scheme)
    {
        var signers = Prefixed(ref value);
        var signer = Prefixed(ref signers);
        var signedData = Prefixed(ref signer);
        Prefixed(ref signedData);
        var certificates = Prefixed(ref signedData);
        return SigningCertificateReader.FromDer($"APK Signing Block ({scheme})", Prefixed(ref certificates));
    }

    private static ReadOnlySpan<byte> Prefixed(ref ReadOnlySpan<byte> span)
    {
        if (span.Length < 4)
        {
            throw new AppAuditException("APK Signing Block: a length-prefixed field is missing");
        }
        var length = BinaryPrimitives.ReadUInt32LittleEndian(span);
        if (length > span.Length - 4)
        {
            throw new AppAuditException("APK Signing Block: a length-prefixed field runs past its parent");
        }
        var inner = span.Slice(4, (int)length);
        span = span[(4 + (int)length)..];
        return inner;
    }
}
