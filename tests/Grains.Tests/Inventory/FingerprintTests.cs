using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Inventory.Commands;

namespace Grid.Grains.Tests.Inventory;

public sealed class FingerprintTests
{
    private static readonly ReserveStock Reserve = new(
        IdempotencyKey.Parse("k-1"), ReservationId.Parse("web:r-1"), 2, ChannelId.Parse("web"), "cart-9", TimeSpan.FromMinutes(15)) { KeepBack = 3 };

    [Fact]
    public void Of_TheSameCommandTwice_IsTheSame() =>
        Assert.Equal(Fingerprint.Of(Reserve), Fingerprint.Of(Reserve with { }));

    [Fact]
    public void Of_AnyFieldChanged_Differs()
    {
        IInventoryCommand[] variants =
        [
            Reserve with { Key = IdempotencyKey.Parse("k-2") },
            Reserve with { Reservation = ReservationId.Parse("web:r-2") },
            Reserve with { Quantity = 3 },
            Reserve with { Channel = ChannelId.Parse("app") },
            Reserve with { Owner = "cart-8" },
            Reserve with { Hold = TimeSpan.FromMinutes(16) },
            Reserve with { KeepBack = 4 },
            new ReleaseReservation(Reserve.Key, Reserve.Reservation),
        ];

        var fingerprints = variants.Select(Fingerprint.Of).Append(Fingerprint.Of(Reserve)).ToArray();

        Assert.Equal(fingerprints.Length, fingerprints.Distinct().Count());
    }

    [Fact]
    public void Matches_AFingerprintRememberedFromTheCommandsText_AsEarlierReleasesDid()
    {
        var text = 14695981039346656037UL;
        foreach (var c in Reserve.ToString())
        {
            text = (text ^ c) * 1099511628211UL;
        }

        Assert.NotEqual(text, Fingerprint.Of(Reserve));
        Assert.True(Fingerprint.Matches(text, Reserve));
        Assert.True(Fingerprint.Matches(Fingerprint.Of(Reserve), Reserve));
        Assert.False(Fingerprint.Matches(text, Reserve with { Quantity = 3 }));
    }
}
