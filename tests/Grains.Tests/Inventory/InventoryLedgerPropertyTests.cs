using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Inventory.Commands;
using Grid.Grains.Inventory.Events;

namespace Grid.Grains.Tests.Inventory;

/// <summary>
/// Random operation sequences against the ledger and a reference model: the same decisions, units conserved, nothing
/// promised beyond available-to-sell, replays change nothing, expiry returns exactly what was held.
/// </summary>
public sealed class InventoryLedgerPropertyTests
{
    private const int Sequences = 10_000;
    private const int StepsPerSequence = 30;
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Execute_RandomSequences_MatchesReferenceModelAndKeepsInvariants()
    {
        var accepted = 0;
        var replays = 0;
        for (var sequence = 0; sequence < Sequences; sequence++)
        {
            var random = new Random(sequence);
            var ledger = new InventoryLedger(InventoryKey.Parse("sku-1@store-1"), new InventoryState());
            var model = new ReferenceModel();
            var history = new List<(IInventoryCommand Command, InventoryResult Result)>();
            var now = Start;
            for (var step = 0; step < StepsPerSequence; step++)
            {
                now += TimeSpan.FromSeconds(random.Next(0, 120));
                var expiredUnits = model.Expire(now);
                var before = ledger.Availability;

                if (history.Count > 0 && random.Next(10) == 0)
                {
                    // A retry: the same key and payload replays the first outcome and changes nothing.
                    var (command, first) = history[random.Next(history.Count)];
                    var replay = ledger.Execute(command, now);
                    AssertExpiredUnits(ledger, expiredUnits, sequence, step);
                    Assert.True(replay.Replayed, $"seq {sequence} step {step}: replay not recognised");
                    Assert.Equal(first with { Replayed = true, Availability = ledger.Availability }, replay);
                    AssertSameStock(before with { Reserved = before.Reserved - expiredUnits, AvailableToSell = ledger.AvailableToSell, Sequence = ledger.State.Sequence, Pools = ledger.Availability.Pools }, ledger.Availability, sequence, step);
                    replays++;
                }
                else if (history.Count > 0 && random.Next(20) == 0)
                {
                    // The same key with another payload is refused and changes nothing.
                    var (command, _) = history[random.Next(history.Count)];
                    var reused = ledger.Execute(new ReleaseReservation(command.Key, ReservationId.Parse("never")), now);
                    AssertExpiredUnits(ledger, expiredUnits, sequence, step);
                    Assert.Equal(InventoryError.IdempotencyKeyReused, reused.Error);
                }
                else
                {
                    var command = RandomCommand(random, sequence, step);
                    var atsBefore = command is ReserveStock r ? model.AtsFor(r.Channel.Value) : model.Ats;
                    var expected = model.Decide(command, now);
                    var result = ledger.Execute(command, now);
                    AssertExpiredUnits(ledger, expiredUnits, sequence, step);
                    Assert.True(expected == result.Error, $"seq {sequence} step {step}: {command} -> ledger {result.Error}, model {expected}");
                    if (result.Accepted)
                    {
                        accepted++;
                        history.Add((command, result));
                        if (command is ReserveStock reserve)
                        {
                            Assert.True(reserve.Quantity <= atsBefore, "a reservation was promised beyond available-to-sell");
                        }
                    }
                }

                Assert.Equal(model.OnHand, ledger.State.OnHand);
                Assert.Equal(model.Reserved, ledger.State.Reserved);
                Assert.Equal(model.Allocated, ledger.State.Allocated);
                Assert.Equal(model.Ats, ledger.AvailableToSell);
                Assert.Equal(model.AtsFor("web"), ledger.AvailableTo(ChannelId.Parse("web")));
                Assert.Equal(model.AtsFor("app"), ledger.AvailableTo(ChannelId.Parse("app")));
                Assert.True(Math.Max(ledger.AvailableTo(ChannelId.Parse("web")), ledger.AvailableTo(ChannelId.Parse("app"))) <= model.Free, "a pool offered more than is free");
                Assert.Equal(ledger.State.Reservations.Values.Sum(r => (long)r.Quantity), ledger.State.Reserved);
                Assert.Equal(ledger.State.Allocations?.Values.Sum(a => a.Quantity) ?? 0, ledger.State.Allocated);
                Assert.All(ledger.State.Reservations.Values, r => Assert.True(r.ExpiresAt > now));
                Assert.True(ledger.AvailableToSell >= 0);
            }
        }

        Assert.True(accepted > Sequences * 5, $"only {accepted} commands were accepted: the generator is too hostile");
        Assert.True(replays > Sequences, "too few replays were tried");
    }

    private static void AssertExpiredUnits(InventoryLedger ledger, long expiredUnits, int sequence, int step)
    {
        var released = ledger.TakeEvents().OfType<ReservationExpired>().Sum(e => (long)e.Reservation.Quantity);
        Assert.True(expiredUnits == released, $"seq {sequence} step {step}: expiry released {released}, held {expiredUnits}");
    }

    private static void AssertSameStock(AvailabilitySnapshot expected, AvailabilitySnapshot actual, int sequence, int step) =>
        Assert.True(expected == actual, $"seq {sequence} step {step}: a replay changed stock: {expected} -> {actual}");

    private static IInventoryCommand RandomCommand(Random random, int sequence, int step)
    {
        var key = IdempotencyKey.Parse($"k-{sequence}-{step}");
        var reservation = ReservationId.Parse($"r{random.Next(8)}");
        var order = OrderId.Parse($"o{random.Next(4)}");
        var channel = ChannelId.Parse(random.Next(2) == 0 ? "web" : "app");
        return random.Next(16) switch
        {
            0 or 1 or 2 => new ReserveStock(key, reservation, Quantity(random), channel, Text(random, "cart-1"), Hold(random)) { KeepBack = random.Next(5) == 0 ? random.Next(-1, 4) : 0 },
            15 => new SetPool(key, channel, random.Next(8) == 0 ? -1 : random.Next(0, 12)),
            3 => new ExtendReservation(key, reservation, Hold(random)),
            4 => new ReleaseReservation(key, reservation),
            5 => new CommitReservation(key, reservation, order),
            6 => new FulfilAllocation(key, order, Quantity(random)),
            7 => new ReleaseAllocation(key, order, Quantity(random)),
            8 => new ReturnStock(key, Quantity(random), random.Next(2) == 0, Text(random, "rma-1")),
            9 => new AdjustStock(key, random.Next(3) == 0 ? Quantity(random) : -Quantity(random), Text(random, "shrink")),
            10 => new SetOnHand(key, random.Next(6) == 0 ? -1 : random.Next(0, 60), Text(random, "cycle count")),
            11 => new ExpectInbound(key, $"s{random.Next(3)}", Quantity(random), DateOnly.FromDateTime(Start.Date).AddDays(random.Next(10))),
            12 => new ReceiveInbound(key, $"s{random.Next(3)}", Quantity(random)),
            13 => random.Next(2) == 0
                ? new TransferOut(key, $"t{random.Next(6)}", Quantity(random), LocationId.Parse("dc-1"))
                : new TransferIn(key, $"t{random.Next(6)}", Quantity(random), LocationId.Parse("dc-1")),
            _ => new SetSafetyStock(key, random.Next(8) == 0 ? -1 : random.Next(0, 5)),
        };
    }

    private static int Quantity(Random random) => random.Next(12) switch
    {
        0 => 0,
        1 => -random.Next(1, 5),
        2 => 1_000_001,
        3 => random.Next(10, 40),
        _ => random.Next(1, 6),
    };

    private static TimeSpan Hold(Random random) => random.Next(12) switch
    {
        0 => TimeSpan.Zero,
        1 => TimeSpan.FromDays(31),
        _ => TimeSpan.FromSeconds(random.Next(1, 400)),
    };

    private static string Text(Random random, string valid) => random.Next(15) switch
    {
        0 => string.Empty,
        1 => "bad\u0001text",
        2 => new string('x', 129),
        _ => valid,
    };
}
