using System.Buffers.Binary;
using Graywatch.AppAudit;
using Graywatch.AppAudit.Dex;
using Graywatch.AppAudit.Rules;

namespace Graywatch.Tests.AppAudit;

public sealed class DexFileTests
{
    private static void Scan(byte[] dex) =>
        DexScanner.Scan(new DexFile("classes.dex", dex), new AuditCollector(new RuleIndex(RuleSet.Default), TrackerCatalog.Default, AuditLimits.Default));

    private static byte[] Sample()
    {
        Fixtures.SkipWithoutSmali();
        return (byte[])Fixtures.AllPositives().Clone();
    }

    [SkippableFact]
    public void Given_a_smali_built_dex_then_its_tables_are_read()
    {
        var dex = new DexFile("classes.dex", Sample());

        Assert.True(dex.ClassCount >= 15);
        Assert.Contains(Enumerable.Range(0, dex.TypeCount).Select(dex.Type), t => t == "Landroid/net/wifi/WifiInfo;");
    }

    [SkippableFact]
    public void Given_a_string_count_of_two_to_the_32_minus_one_then_the_header_is_rejected_with_the_table_name()
    {
        var bytes = Sample();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(0x38), uint.MaxValue);

        var ex = Assert.Throws<AppAuditException>(() => new DexFile("classes.dex", bytes));

        Assert.Contains("string_ids", ex.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Given_a_truncated_dex_then_it_is_rejected_as_truncated()
    {
        var bytes = Sample();

        var ex = Assert.Throws<AppAuditException>(() => new DexFile("classes.dex", bytes.AsMemory(0, bytes.Length / 2)));

        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Given_code_that_invokes_a_method_index_out_of_range_then_the_scan_fails_cleanly()
    {
        var bytes = Sample();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(0x58), 1);

        var ex = Assert.Throws<AppAuditException>(() => Scan(bytes));

        Assert.Contains("out of range", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_many_string_ids_pointing_into_one_long_string_then_the_scan_stops_instead_of_taking_quadratic_time()
    {
        const int ids = 100_000;
        const int run = 1 << 20;
        var dataStart = 0x70 + (ids * 4);
        var bytes = new byte[dataStart + 1 + run + 1];
        "dex\n035\0"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(0x20), (uint)bytes.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(0x28), 0x12345678);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(0x38), ids);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(0x3c), 0x70);
        for (var i = 0; i < ids; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(0x70 + (i * 4)), (uint)dataStart);
        }
        bytes[dataStart] = 0x7F;
        bytes.AsSpan(dataStart + 1, run).Fill((byte)'a');

        var ex = Assert.Throws<AppAuditException>(() => Scan(bytes));

        Assert.Contains("quadratic", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_bytes_without_the_dex_magic_then_they_are_rejected()
    {
        var ex = Assert.Throws<AppAuditException>(() => new DexFile("classes.dex", new byte[0x70]));

        Assert.Contains("magic", ex.Message, StringComparison.Ordinal);
    }
}
