using System.Text;
using Graywatch.Media;

namespace Graywatch.Tests.Media;

public sealed class MediaXmpTests
{
    [Theory]
    [InlineData(10)]
    [InlineData((1 << 20) - 5)]
    [InlineData((1 << 20) + 3)]
    public void Every_xmp_packet_is_blanked_wherever_it_falls_and_nothing_moves(int offset)
    {
        var packet = "<x:xmpmeta><gps>23.8</gps></x:xmpmeta>";
        var data = new byte[(3 << 20) + 100];
        Array.Fill(data, (byte)'a');
        Encoding.ASCII.GetBytes(packet).CopyTo(data, offset);
        Encoding.ASCII.GetBytes(packet).CopyTo(data, (2 << 20) - 7);
        using var stream = new MemoryStream();
        stream.Write(data);

        MediaXmp.Blank(stream);

        var after = stream.ToArray();
        Assert.Equal(data.Length, after.Length);
        Assert.DoesNotContain("xmpmeta", Encoding.ASCII.GetString(after), StringComparison.Ordinal);
        Assert.Equal(new string(' ', packet.Length), Encoding.ASCII.GetString(after, offset, packet.Length));
        Assert.Equal((byte)'a', after[offset - 1]);
        Assert.Equal((byte)'a', after[offset + packet.Length]);
    }
}
