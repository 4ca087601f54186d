namespace Grid.Grains.Sourcing;

internal sealed partial class SplitSearch
{
    /// <summary>
    /// Finds the set of exactly <paramref name="size"/> candidates with the smallest total distance that fills every line,
    /// by depth-first search over candidates nearest first. Returns false when there is none, or when the budget ran out
    /// before one was found; a set found before the budget ran out is kept (smaller sizes were searched to the end, so it
    /// is still the fewest shipments, if perhaps not the shortest total distance).
    /// </summary>
    private bool Exact(int size)
    {
        _bestSize = 0;
        _bestSum = double.PositiveInfinity;
        for (var j = 0; j < _lines; j++)
        {
            _residual[j] = _table.Quantity(j);
        }

        Search(0, size, 0, 0);
        return _bestSize > 0;
    }

    private void Search(int start, int picksLeft, double sum, int depth)
    {
        var residual = _residual.AsSpan(depth * _lines, _lines);
        var openLines = _lines - residual.Count(0);
        if (picksLeft == 1)
        {
            // Candidates are nearest first, so the first that covers what is left is the best completion.
            for (var s = start; s < _count; s++)
            {
                if (++_visits > _budget)
                {
                    _exhausted = true;
                    return;
                }

                if (sum + _distance[s] >= _bestSum || openLines > _suffixLinesHeld[s])
                {
                    return;
                }

                if (Covers(s, residual))
                {
                    Record(depth, s, sum + _distance[s]);
                    return;
                }
            }

            return;
        }

        var next = _residual.AsSpan((depth + 1) * _lines, _lines);
        for (var s = start; s <= _count - picksLeft; s++)
        {
            if (++_visits > _budget)
            {
                _exhausted = true;
                return;
            }

            // Every later pick is at least this far, and the candidates after s only get fewer units.
            if (sum + (_distance[s] * picksLeft) >= _bestSum || openLines > picksLeft * _suffixLinesHeld[s] || !SuffixCanCover(s, picksLeft, residual))
            {
                return;
            }

            if (!Subtract(s, residual, next, out var filled))
            {
                continue;
            }

            _path[depth] = s;
            if (filled)
            {
                // Fewer picks suffice (only when a smaller size was not searched to the end).
                Record(depth, s, sum + _distance[s]);
                continue;
            }

            Search(s + 1, picksLeft - 1, sum + _distance[s], depth + 1);
            if (_exhausted)
            {
                return;
            }
        }
    }

    private void Record(int depth, int last, double sum)
    {
        _path.AsSpan(0, depth).CopyTo(_best);
        _best[depth] = last;
        _bestSize = depth + 1;
        _bestSum = sum;
    }

    private bool Covers(int s, ReadOnlySpan<int> residual)
    {
        var row = _cap.AsSpan(s * _lines, _lines);
        for (var j = 0; j < residual.Length; j++)
        {
            if (row[j] < residual[j])
            {
                return false;
            }
        }

        return true;
    }

    private bool SuffixCanCover(int s, int picks, ReadOnlySpan<int> residual)
    {
        var row = _suffixMax.AsSpan(s * _lines, _lines);
        for (var j = 0; j < residual.Length; j++)
        {
            if ((long)row[j] * picks < residual[j])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes what is left after candidate s; false when s adds nothing to any line still open.</summary>
    private bool Subtract(int s, ReadOnlySpan<int> residual, Span<int> next, out bool filled)
    {
        var row = _cap.AsSpan(s * _lines, _lines);
        var contributes = false;
        filled = true;
        for (var j = 0; j < residual.Length; j++)
        {
            var left = residual[j] - row[j];
            if (residual[j] > 0 && row[j] > 0)
            {
                contributes = true;
            }

            next[j] = left > 0 ? left : 0;
            filled &= left <= 0;
        }

        return contributes;
    }
}
