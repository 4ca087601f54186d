using System.Buffers;
using Grid.Grains.Ids;
using Grid.Grains.Locations;

namespace Grid.Grains.Sourcing;

/// <summary>
/// One planning call's working set. Every location gets a slot: the filter reason that removed it, or its candidate
/// ordinal. Candidates carry their usable units per line (after channel safety stock, capped at the line's quantity),
/// their distance to the reference point and whether a plan chose them. Arrays are pooled and go back on dispose.
/// </summary>
internal sealed partial class CandidateTable : IDisposable
{
    private readonly IReadOnlyList<LocationStatus> _locations;
    private readonly int[] _slots;
    private readonly int[] _candidates;
    private readonly LocationStatus[] _candidateStatus;
    private readonly int[] _quantities;
    private int[]? _capped;
    private double[]? _distances;
    private bool[]? _chosen;

    private CandidateTable(IReadOnlyList<LocationStatus> locations, SourcingLine[] lines)
    {
        _locations = locations;
        Lines = lines;
        _slots = ArrayPool<int>.Shared.Rent(Math.Max(1, locations.Count));
        _candidates = ArrayPool<int>.Shared.Rent(Math.Max(1, locations.Count));
        _candidateStatus = ArrayPool<LocationStatus>.Shared.Rent(Math.Max(1, locations.Count));
        _quantities = ArrayPool<int>.Shared.Rent(lines.Length);
        for (var j = 0; j < lines.Length; j++)
        {
            _quantities[j] = lines[j].Quantity;
        }
    }

    /// <summary>The request's lines, in request order (shared by whole-order legs; never mutated).</summary>
    public SourcingLine[] Lines { get; }

    /// <summary>How many lines the request has.</summary>
    public int LineCount => Lines.Length;

    /// <summary>How many locations were given.</summary>
    public int LocationCount => _locations.Count;

    /// <summary>How many locations passed every filter.</summary>
    public int CandidateCount { get; private set; }

    /// <summary>The index of the pick-up store in the location list, or -1 when it is not listed.</summary>
    public int PickupStoreIndex { get; private set; } = -1;

    /// <summary>The quantity line <paramref name="line"/> asks for.</summary>
    public int Quantity(int line) => _quantities[line];

    /// <summary>The status of location <paramref name="index"/> of the list.</summary>
    public LocationStatus Location(int index) => _locations[index];

    /// <summary>The status of candidate <paramref name="candidate"/>.</summary>
    public LocationStatus CandidateStatus(int candidate) => _candidateStatus[candidate];

    /// <summary>The id of candidate <paramref name="candidate"/>.</summary>
    public LocationId CandidateId(int candidate) => _candidateStatus[candidate].Profile.Id;

    /// <summary>The location-list index of candidate <paramref name="candidate"/>.</summary>
    public int CandidateIndex(int candidate) => _candidates[candidate];

    /// <summary>The candidate ordinal of location <paramref name="index"/>, or -1 when a filter removed it.</summary>
    public int CandidateOf(int index) => _slots[index] >= 0 ? _slots[index] : -1;

    /// <summary>Why location <paramref name="index"/> was filtered out; only for locations that are not candidates.</summary>
    public RejectionReason FilterReason(int index) => (RejectionReason)~_slots[index];

    /// <summary>Usable units of a line at a candidate, capped at the line's quantity.</summary>
    public int Usable(int candidate, int line) => _capped![(candidate * Lines.Length) + line];

    /// <summary>The row of capped usable units of a candidate, one per line.</summary>
    public ReadOnlySpan<int> UsableRow(int candidate) => _capped.AsSpan(candidate * Lines.Length, Lines.Length);

    /// <summary>Great-circle distance of a candidate to the reference point, in km.</summary>
    public double Distance(int candidate) => _distances![candidate];

    /// <summary>True when a plan's leg uses the candidate.</summary>
    public bool IsChosen(int candidate) => _chosen![candidate];

    /// <summary>Records that a plan's leg uses the candidate.</summary>
    public void MarkChosen(int candidate) => _chosen![candidate] = true;

    /// <summary>True when the candidate alone fills every line now.</summary>
    public bool Fills(int candidate)
    {
        var row = UsableRow(candidate);
        for (var j = 0; j < row.Length; j++)
        {
            if (row[j] < _quantities[j])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when candidate <paramref name="a"/> is nearer than <paramref name="b"/> (ties: location id, ordinal).</summary>
    public bool IsNearer(int a, int b)
    {
        var da = _distances![a];
        var db = _distances[b];
        return da < db || (da.Equals(db) && string.CompareOrdinal(CandidateId(a).Value, CandidateId(b).Value) < 0);
    }

    /// <summary>
    /// Reads the usable units of every line at one candidate: available to sell less the channel's safety stock, never
    /// below zero, capped at the line's quantity (more than that never changes a decision).
    /// </summary>
    public void LoadStock(int candidate, IAvailabilityView availability, int safetyStock)
    {
        var lines = Lines;
        _capped ??= RentCleared<int>(Math.Max(1, CandidateCount * lines.Length));
        var location = CandidateId(candidate);
        var row = _capped.AsSpan(candidate * lines.Length, lines.Length);
        for (var j = 0; j < lines.Length; j++)
        {
            var usable = availability.AvailableToSell(lines[j].Sku, location) - safetyStock;
            row[j] = usable <= 0 ? 0 : (int)Math.Min(usable, _quantities[j]);
        }
    }

    /// <summary>Reads the usable units of every candidate.</summary>
    public void LoadAllStock(IAvailabilityView availability, int safetyStock)
    {
        // Line by line, so a view keyed by SKU first finds each SKU's column once in a row of calls.
        var lines = Lines;
        _capped ??= RentCleared<int>(Math.Max(1, CandidateCount * lines.Length));
        for (var j = 0; j < lines.Length; j++)
        {
            var sku = lines[j].Sku;
            var quantity = _quantities[j];
            for (var k = 0; k < CandidateCount; k++)
            {
                var usable = availability.AvailableToSell(sku, CandidateId(k)) - safetyStock;
                _capped[(k * lines.Length) + j] = usable <= 0 ? 0 : (int)Math.Min(usable, quantity);
            }
        }
    }

    /// <summary>Computes every candidate's great-circle distance to <paramref name="origin"/> once.</summary>
    public void MeasureFrom(GeoPoint origin)
    {
        _distances = ArrayPool<double>.Shared.Rent(Math.Max(1, CandidateCount));
        var from = new GreatCircle(origin);
        for (var k = 0; k < CandidateCount; k++)
        {
            _distances[k] = from.DistanceKmTo(CandidateStatus(k).Profile.Position);
        }
    }

    /// <summary>Lists the SKUs a candidate is short of, for a rejection's detail.</summary>
    public ulong ShortMask(int candidate)
    {
        var row = UsableRow(candidate);
        var mask = 0UL;
        for (var j = 0; j < row.Length && j < 64; j++)
        {
            if (row[j] < _quantities[j])
            {
                mask |= 1UL << j;
            }
        }

        return mask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_slots);
        ArrayPool<int>.Shared.Return(_candidates);
        ArrayPool<LocationStatus>.Shared.Return(_candidateStatus, clearArray: true);
        ArrayPool<int>.Shared.Return(_quantities);
        if (_capped is not null)
        {
            ArrayPool<int>.Shared.Return(_capped);
        }

        if (_distances is not null)
        {
            ArrayPool<double>.Shared.Return(_distances);
        }

        if (_chosen is not null)
        {
            ArrayPool<bool>.Shared.Return(_chosen);
        }
    }

    private static T[] RentCleared<T>(int length)
    {
        var array = ArrayPool<T>.Shared.Rent(length);
        Array.Clear(array, 0, length);
        return array;
    }
}
