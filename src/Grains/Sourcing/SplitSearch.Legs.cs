namespace Grid.Grains.Sourcing;

internal sealed partial class SplitSearch
{
    /// <summary>
    /// Greedy set cover: repeatedly the candidate covering the most remaining units (ties: nearest), at most the max
    /// split. Returns the number of candidates picked (nearest first in <see cref="_greedy"/>), or 0 when they do not fill
    /// every line.
    /// </summary>
    private int Greedy()
    {
        var residual = _residual.AsSpan(0, _lines);
        long remaining = 0;
        for (var j = 0; j < _lines; j++)
        {
            residual[j] = _table.Quantity(j);
            remaining += residual[j];
        }

        for (var pick = 0; pick < _maxSplit; pick++)
        {
            var best = -1;
            long bestCovered = 0;
            for (var s = 0; s < _count; s++)
            {
                var row = _cap.AsSpan(s * _lines, _lines);
                long covered = 0;
                for (var j = 0; j < row.Length; j++)
                {
                    covered += Math.Min(row[j], residual[j]);
                }

                if (covered > bestCovered && !_greedy.AsSpan(0, pick).Contains(s))
                {
                    best = s;
                    bestCovered = covered;
                }
            }

            if (best < 0)
            {
                return 0;
            }

            _greedy[pick] = best;
            var taken = _cap.AsSpan(best * _lines, _lines);
            for (var j = 0; j < _lines; j++)
            {
                residual[j] = Math.Max(0, residual[j] - taken[j]);
            }

            remaining -= bestCovered;
            if (remaining == 0)
            {
                _greedy.AsSpan(0, pick + 1).Sort();
                return pick + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// Turns a set of candidates (positions nearest first) into legs. Each line goes whole to the nearest member holding
    /// all of it; only a line no member holds alone is split, largest holdings first (ties: nearest). A member left
    /// without a line (possible only after the greedy cover) gets no leg.
    /// </summary>
    private SourcingLeg[] Legs(ReadOnlySpan<int> members)
    {
        var take = new int[members.Length * _lines];
        for (var j = 0; j < _lines; j++)
        {
            var quantity = _table.Quantity(j);
            var whole = -1;
            for (var m = 0; m < members.Length && whole < 0; m++)
            {
                whole = _cap[(members[m] * _lines) + j] >= quantity ? m : -1;
            }

            if (whole >= 0)
            {
                take[(whole * _lines) + j] = quantity;
                continue;
            }

            for (var left = quantity; left > 0;)
            {
                var largest = -1;
                for (var m = 0; m < members.Length; m++)
                {
                    var units = _cap[(members[m] * _lines) + j];
                    if (units > 0 && take[(m * _lines) + j] == 0 && (largest < 0 || units > _cap[(members[largest] * _lines) + j]))
                    {
                        largest = m;
                    }
                }

                var amount = Math.Min(left, _cap[(members[largest] * _lines) + j]);
                take[(largest * _lines) + j] = amount;
                left -= amount;
            }
        }

        var legs = new List<SourcingLeg>(members.Length);
        for (var m = 0; m < members.Length; m++)
        {
            var lines = LegLines(take.AsSpan(m * _lines, _lines));
            if (lines.Length > 0)
            {
                var candidate = _order[members[m]];
                _table.MarkChosen(candidate);
                legs.Add(new SourcingLeg(_table.CandidateId(candidate), lines, _distance[members[m]], null));
            }
        }

        return [.. legs];
    }

    private SourcingLine[] LegLines(ReadOnlySpan<int> take)
    {
        var count = 0;
        var whole = true;
        for (var j = 0; j < take.Length; j++)
        {
            count += take[j] > 0 ? 1 : 0;
            whole &= take[j] == _table.Quantity(j);
        }

        if (whole)
        {
            return _table.Lines;
        }

        var lines = new SourcingLine[count];
        var next = 0;
        for (var j = 0; j < take.Length; j++)
        {
            if (take[j] > 0)
            {
                var line = _table.Lines[j];
                lines[next++] = take[j] == line.Quantity ? line : line with { Quantity = take[j] };
            }
        }

        return lines;
    }
}
