using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Graywatch.AppAudit;

/// <summary>Reads the signer's certificate from a JAR signature block (<c>META-INF/*.RSA</c>, <c>.DSA</c>, <c>.EC</c>: PKCS#7 SignedData).</summary>
/// <remarks>Only the embedded certificate is read; the signature itself is not verified (Android does that at install). Stateless.</remarks>
public static class SigningCertificateReader
{
    /// <summary>The first certificate in <paramref name="pkcs7"/>.</summary>
    public static SigningCertificate Read(string entry, ReadOnlyMemory<byte> pkcs7)
    {
        try
        {
            var content = new AsnReader(pkcs7, AsnEncodingRules.BER).ReadSequence();
            content.ReadObjectIdentifier();
            var signedData = content.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0)).ReadSequence();
            signedData.ReadInteger();
            signedData.ReadSetOf();
            signedData.ReadSequence();
            var certificates = signedData.ReadSetOf(new Asn1Tag(TagClass.ContextSpecific, 0));
            return FromDer(entry, certificates.ReadEncodedValue().Span);
        }
        catch (Exception ex) when (ex is AsnContentException or CryptographicException)
        {
            throw new AppAuditException($"{entry}: not a readable PKCS#7 signature block ({ex.Message})", ex);
        }
    }

    /// <summary>Describes one DER-encoded X.509 certificate found in <paramref name="entry"/>.</summary>
    internal static SigningCertificate FromDer(string entry, ReadOnlySpan<byte> der)
    {
        try
        {
            using var cert = X509CertificateLoader.LoadCertificate(der);
            return new SigningCertificate(entry, cert.Subject, cert.Issuer, Convert.ToHexStringLower(SHA256.HashData(der)),
                new DateTimeOffset(cert.NotBefore.ToUniversalTime(), TimeSpan.Zero), new DateTimeOffset(cert.NotAfter.ToUniversalTime(), TimeSpan.Zero));
        }
        catch (CryptographicException ex)
        {
            throw new AppAuditException($"{entry}: the certificate is unreadable ({ex.Message})", ex);
        }
    }
}
