using System.Buffers;

namespace Grid.Grains.Sourcing;

/// <summary>
/// The fewest-shipments rule: the smallest set of candidates (at most the channel's max split) whose usable units
/// together fill every line; among sets of that size, the smallest total distance (ties: the set met first nearest
/// first). An exact branch-and-bound search runs within a budget of visited nodes, which covers every small case; when
/// the budget runs out, a greedy set cover (most remaining units covered, then nearest) decides.
/// </summary>
internal sealed partial class SplitSearch : IDisposable
{
    /// <summary>Nodes the exact search may visit per plan before the greedy cover decides.</summary>
    public const int DefaultBudget = 50_000;

    private readonly CandidateTable _table;
    private readonly int _lines;
    private readonly int _maxSplit;
    private readonly int _budget;
    private readonly int[] _order;
    private readonly int _count;
    private readonly int[] _cap;
    private readonly double[] _distance;
    private readonly int[] _suffixMax;
    private readonly int[] _suffixLinesHeld;
    private readonly int[] _residual;
    private readonly int[] _path;
    private readonly int[] _best;
    private readonly int[] _greedy;
    private int _bestSize;
    private double _bestSum;
    private int _visits;
    private bool _exhausted;

    private SplitSearch(CandidateTable table, int maxSplit, int budget)
    {
        _table = table;
        _lines = table.LineCount;
        _maxSplit = maxSplit;
        _budget = budget;

        // Only candidates holding some usable unit can be part of a minimal set.
        _order = ArrayPool<int>.Shared.Rent(Math.Max(1, table.CandidateCount));
        var count = 0;
        for (var k = 0; k < table.CandidateCount; k++)
        {
            if (table.UsableRow(k).ContainsAnyExcept(0))
            {
                _order[count++] = k;
            }
        }

        _count = count;
        _cap = ArrayPool<int>.Shared.Rent(Math.Max(1, count * _lines));
        _distance = ArrayPool<double>.Shared.Rent(Math.Max(1, count));
        SortNearestFirst(table, _order.AsSpan(0, count), _distance.AsSpan(0, count));
        _suffixMax = ArrayPool<int>.Shared.Rent((count + 1) * _lines);
        _suffixLinesHeld = ArrayPool<int>.Shared.Rent(count + 1);
        _residual = ArrayPool<int>.Shared.Rent((maxSplit + 1) * _lines);
        _path = ArrayPool<int>.Shared.Rent(maxSplit);
        _best = ArrayPool<int>.Shared.Rent(maxSplit);
        _greedy = ArrayPool<int>.Shared.Rent(maxSplit);
        for (var s = 0; s < count; s++)
        {
            table.UsableRow(_order[s]).CopyTo(_cap.AsSpan(s * _lines, _lines));
        }

        // From each position on: the most units of each line one candidate holds, and the most lines one holds any of.
        _suffixMax.AsSpan(count * _lines, _lines).Clear();
        _suffixLinesHeld[count] = 0;
        for (var s = count - 1; s >= 0; s--)
        {
            var held = 0;
            for (var j = 0; j < _lines; j++)
            {
                var units = _cap[(s * _lines) + j];
                held += units > 0 ? 1 : 0;
                _suffixMax[(s * _lines) + j] = Math.Max(units, _suffixMax[((s + 1) * _lines) + j]);
            }

            _suffixLinesHeld[s] = Math.Max(held, _suffixLinesHeld[s + 1]);
        }
    }

    /// <summary>
    /// Finds the legs of the fewest-shipments plan and marks their candidates chosen, or returns null when no set of at
    /// most <paramref name="maxSplit"/> candidates fills every line. Needs stock and distances loaded.
    /// </summary>
    public static SourcingLeg[]? Run(CandidateTable table, int maxSplit, int budget)
    {
        var nearestFull = -1;
        for (var k = 0; k < table.CandidateCount; k++)
        {
            if (table.Fills(k) && (nearestFull < 0 || table.IsNearer(k, nearestFull)))
            {
                nearestFull = k;
            }
        }

        if (nearestFull >= 0)
        {
            // One shipment is the fewest; without a single-location rule before this one, this rule still finds it.
            table.MarkChosen(nearestFull);
            return [new SourcingLeg(table.CandidateId(nearestFull), table.Lines, table.Distance(nearestFull), null)];
        }

        if (maxSplit < 2)
        {
            return null;
        }

        using var search = new SplitSearch(table, maxSplit, budget);
        return search.Decide();
    }

    /// <summary>
    /// Sorts candidates nearest first, equal distances by id: primitive keys sort without a comparer, and the rare runs
    /// of equal distance are put in id order afterwards. Leaves the sorted distances in <paramref name="distances"/>.
    /// </summary>
    private static void SortNearestFirst(CandidateTable table, Span<int> order, Span<double> distances)
    {
        for (var s = 0; s < order.Length; s++)
        {
            distances[s] = table.Distance(order[s]);
        }

        distances.Sort(order);
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            while (end < order.Length && distances[end].Equals(distances[start]))
            {
                end++;
            }

            if (end - start > 1)
            {
                order[start..end].Sort(new NearestFirst(table));
            }

            start = end;
        }
    }

    private SourcingLeg[]? Decide()
    {
        if (!TogetherFill())
        {
            return null;
        }

        // Two shipments is the common case and the cheapest search; the greedy cover bounds the larger sizes.
        if (Exact(2))
        {
            return Legs(_best.AsSpan(0, _bestSize));
        }

        var greedySize = _exhausted || _maxSplit > 2 ? Greedy() : 0;
        var upper = greedySize > 0 ? greedySize : _maxSplit;
        for (var size = 3; size <= upper && !_exhausted; size++)
        {
            if (Exact(size))
            {
                return Legs(_best.AsSpan(0, _bestSize));
            }
        }

        // The exact search ran out of budget (large inputs); the greedy cover, if it fits the max split, decides.
        return greedySize > 0 ? Legs(_greedy.AsSpan(0, greedySize)) : null;
    }

    private bool TogetherFill()
    {
        for (var j = 0; j < _lines; j++)
        {
            long total = 0;
            for (var s = 0; s < _count && total < _table.Quantity(j); s++)
            {
                total += _cap[(s * _lines) + j];
            }

            if (total < _table.Quantity(j))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_order);
        ArrayPool<int>.Shared.Return(_cap);
        ArrayPool<double>.Shared.Return(_distance);
        ArrayPool<int>.Shared.Return(_suffixMax);
        ArrayPool<int>.Shared.Return(_suffixLinesHeld);
        ArrayPool<int>.Shared.Return(_residual);
        ArrayPool<int>.Shared.Return(_path);
        ArrayPool<int>.Shared.Return(_best);
        ArrayPool<int>.Shared.Return(_greedy);
    }
}
