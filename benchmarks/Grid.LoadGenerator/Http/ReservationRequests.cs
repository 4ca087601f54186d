using System.Globalization;
using System.Text.Json;
using Grid.Contracts.Inventory;
using Grid.LoadGenerator.Scenarios;

namespace Grid.LoadGenerator.Http;

/// <summary>What a buyer sends: a reservation body with its own reservation id, and an Idempotency-Key no other request has.</summary>
internal static class ReservationRequests
{
    public const int HoldSeconds = 30 * 60;

    public static Uri Path(string sku, string location) =>
        new($"/v1/inventory/{sku}/{location}/reservations", UriKind.Relative);

    public static byte[] Body(int buyer, int request, int quantity)
    {
        var id = BuyerRun.ReservationId(buyer, request);
        return JsonSerializer.SerializeToUtf8Bytes(new ReserveRequest(id, quantity, HoldSeconds, id), LoadJsonContext.Default.ReserveRequest);
    }

    /// <summary>Unique per run (warm-up, sale, baseline): the API keeps a channel's keys for a day.</summary>
    public static string IdempotencyKey(string run, int buyer, int request) =>
        string.Create(CultureInfo.InvariantCulture, $"{run}-{buyer}-{request}");
}
