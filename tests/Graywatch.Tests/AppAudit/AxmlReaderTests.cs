using System.Buffers.Binary;
using Graywatch.AppAudit;
using Graywatch.AppAudit.Axml;
using Graywatch.Testing;

namespace Graywatch.Tests.AppAudit;

public sealed class AxmlReaderTests
{
    [Fact]
    public void Given_a_binary_manifest_then_identity_versions_sdk_permissions_and_exported_components_are_read()
    {
        var m = ManifestReader.Read(AxmlBuilder.Manifest("org.example", 42, "4.2", "android.permission.CAMERA", "android.permission.CAMERA", "android.permission.INTERNET"));

        Assert.Equal("org.example", m.Package);
        Assert.Equal(42, m.VersionCode);
        Assert.Equal("4.2", m.VersionName);
        Assert.Equal(21, m.MinSdk);
        Assert.Equal(30, m.TargetSdk);
        Assert.Equal(["android.permission.CAMERA", "android.permission.INTERNET"], m.RequestedPermissions);
        Assert.Equal([new AppComponent("activity", "org.example.MainActivity", true, null), new AppComponent("service", "com.example.Hidden", false, null)], m.Components);
    }

    [Fact]
    public void Given_attribute_names_blanked_by_an_obfuscator_then_resource_ids_still_identify_them()
    {
        var axml = new AxmlBuilder().Start("manifest", ("package", 0, "org.example"), ("", 0x0101021b, 9)).End("manifest").Build();

        Assert.Equal(9, ManifestReader.Read(axml).VersionCode);
    }

    [Fact]
    public void Given_a_string_pool_that_claims_two_to_the_32_minus_one_strings_then_it_fails_cleanly()
    {
        var axml = AxmlBuilder.Manifest("org.example");
        BinaryPrimitives.WriteUInt32LittleEndian(axml.AsSpan(8 + 8), uint.MaxValue);

        var ex = Assert.Throws<AppAuditException>(() => AxmlReader.Read(axml));

        Assert.Contains("string pool", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_chunk_larger_than_the_file_then_it_fails_cleanly()
    {
        var axml = AxmlBuilder.Manifest("org.example");
        BinaryPrimitives.WriteUInt32LittleEndian(axml.AsSpan(8 + 4), 0x7FFFFFFF);

        Assert.Throws<AppAuditException>(() => AxmlReader.Read(axml));
    }

    [Fact]
    public void Given_every_truncation_of_a_manifest_then_each_either_parses_or_fails_cleanly()
    {
        var axml = AxmlBuilder.Manifest("org.example", 1, "1", "android.permission.INTERNET");

        for (var n = 0; n < axml.Length; n++)
        {
            try
            {
                ManifestReader.Read(axml.AsSpan(0, n));
            }
            catch (AppAuditException)
            {
            }
        }
    }
}
