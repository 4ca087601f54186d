using System.Security.Cryptography;
using System.Text;
using Grid.Api.Idempotency;

namespace Grid.Api.Tests.Idempotency;

public sealed class Sha256DigestTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(70)]
    [InlineData(511)]
    [InlineData(512)]
    [InlineData(513)]
    [InlineData(5_000)]
    public void Of_TextOfAnyLength_IsTheSha256OfItsUtf8Bytes(int length)
    {
        var text = string.Concat(Enumerable.Range(0, length).Select(i => i % 7 == 0 ? 'é' : (char)('a' + (i % 26))));
        Span<byte> digest = stackalloc byte[Sha256Digest.Size];

        Sha256Digest.Of(text).CopyTo(digest);

        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(text)), digest.ToArray());
    }

    [Fact]
    public void Equality_FollowsTheBytes()
    {
        Assert.Equal(Sha256Digest.Of("channel:web\nk"), Sha256Digest.Of("channel:web\nk"));
        Assert.NotEqual(Sha256Digest.Of("channel:web\nk"), Sha256Digest.Of("channel:app\nk"));
    }
}
