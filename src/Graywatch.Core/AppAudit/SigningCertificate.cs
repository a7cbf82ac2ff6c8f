namespace Graywatch.AppAudit;

/// <summary>The certificate that signed the APK (JAR signature in <c>META-INF/</c>), identifying the developer.</summary>
/// <param name="Entry">The signature file, such as <c>META-INF/CERT.RSA</c>.</param>
/// <param name="Subject">The certificate's subject distinguished name.</param>
/// <param name="Issuer">The issuer distinguished name (the same as the subject when self-signed, as Android certificates usually are).</param>
/// <param name="Sha256">The SHA-256 fingerprint of the DER certificate, lower-case hex.</param>
/// <param name="NotBefore">Start of validity.</param>
/// <param name="NotAfter">End of validity.</param>
public sealed record SigningCertificate(string Entry, string Subject, string Issuer, string Sha256, DateTimeOffset NotBefore, DateTimeOffset NotAfter);
