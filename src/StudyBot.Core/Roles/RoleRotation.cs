namespace StudyBot.Core.Roles;

/// <summary>
/// Who does which role at one meeting: fair round-robin, decided from history alone so that a restart or a
/// recomputation gives the same answer. For each role, whoever served it longest ago goes first (never
/// served: first of all; ties by join order). Members who are away or said they can't come are skipped;
/// nobody holds two roles while a free member remains. Required roles are filled before optional ones, so
/// with fewer members than roles the optional roles stay empty first; a required role is doubled up only
/// when nobody is free.
/// </summary>
public static class RoleRotation
{
    /// <summary>
    /// Assigns every role in <paramref name="roles"/> (in their order) not already in <paramref name="kept"/>.
    /// The result holds every role: its member's user id, or null when it stays empty.
    /// </summary>
    /// <param name="roles">The group's roles, in the order they are filled.</param>
    /// <param name="members">The group's members in join order, with whether each can take a role at this meeting.</param>
    /// <param name="lastServed">When a member last served a role (a sortable stamp such as the meeting's start), or null for never.</param>
    /// <param name="kept">Assignments that stand (overrides, or the part of a fixed rotation that is not being redone).</param>
    public static IReadOnlyDictionary<long, string?> Assign(
        IReadOnlyList<RotationRole> roles,
        IReadOnlyList<RotationMember> members,
        Func<long, string, long?> lastServed,
        IReadOnlyDictionary<long, string?> kept)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(lastServed);
        ArgumentNullException.ThrowIfNull(kept);

        var result = new Dictionary<long, string?>();
        var held = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var role in roles)
        {
            if (kept.TryGetValue(role.RoleId, out var keeper))
            {
                result[role.RoleId] = keeper;
                if (keeper is not null)
                {
                    held[keeper] = held.GetValueOrDefault(keeper) + 1;
                }
            }
        }

        // Of all open roles and free members, the pair that has waited longest is served first, then the next:
        // taking roles one by one in a fixed order would let the first role keep taking the second role's turn.
        var available = members.Where(m => m.Available).ToList();
        var open = roles.Where(r => !result.ContainsKey(r.RoleId)).ToList();
        foreach (var tier in open.GroupBy(r => r.Required).OrderBy(t => t.Key ? 0 : 1))
        {
            var waiting = tier.ToList();
            while (waiting.Count > 0)
            {
                var free = available.Where(m => held.GetValueOrDefault(m.UserId) == 0).ToList();
                if (free.Count == 0)
                {
                    break;
                }

                var (role, member) = waiting
                    .Select((r, order) => (Role: r, Order: order, Next: NextInLine(r.RoleId, members, free, lastServed)))
                    .OrderBy(c => c.Next.Last.HasValue ? 1 : 0)
                    .ThenBy(c => c.Next.Last ?? 0)
                    .ThenBy(c => c.Order)
                    .Select(c => (c.Role, c.Next.Member))
                    .First();
                Give(role, member);
                waiting.Remove(role);
            }
        }

        // Nobody free is left: a required role still goes to someone available, whoever holds the fewest roles.
        foreach (var role in open.Where(r => r.Required && !result.ContainsKey(r.RoleId)))
        {
            var fewest = available.Count == 0 ? 0 : available.Min(m => held.GetValueOrDefault(m.UserId));
            var candidates = available.Where(m => held.GetValueOrDefault(m.UserId) == fewest).ToList();
            if (candidates.Count > 0)
            {
                Give(role, NextInLine(role.RoleId, members, candidates, lastServed).Member);
            }
        }

        foreach (var role in roles.Where(r => !result.ContainsKey(r.RoleId)))
        {
            result[role.RoleId] = null;
        }

        return result;

        void Give(RotationRole role, RotationMember member)
        {
            result[role.RoleId] = member.UserId;
            held[member.UserId] = held.GetValueOrDefault(member.UserId) + 1;
        }
    }

    // Longest ago first; never served before anyone who has. Ties go in join order, counted round from the
    // member who did the role last (as a round-robin pointer does): with plain join order every role would
    // start with the same first members, collide with each other, and some would get a role twice a round.
    private static (RotationMember Member, long? Last) NextInLine(long roleId, IReadOnlyList<RotationMember> members, List<RotationMember> candidates, Func<long, string, long?> lastServed)
    {
        var order = members.Select((m, index) => (m.UserId, Index: index)).ToDictionary(m => m.UserId, m => m.Index, StringComparer.Ordinal);
        var served = members.Select((m, index) => (Index: index, Last: lastServed(roleId, m.UserId))).Where(m => m.Last.HasValue).ToList();
        var start = served.Count == 0 ? 0 : served.MaxBy(m => m.Last).Index + 1;
        return candidates
            .Select(m => (Member: m, Turn: (order[m.UserId] - start + members.Count) % members.Count, Last: lastServed(roleId, m.UserId)))
            .OrderBy(c => c.Last.HasValue ? 1 : 0)
            .ThenBy(c => c.Last ?? 0)
            .ThenBy(c => c.Turn)
            .Select(c => (c.Member, c.Last))
            .First();
    }
}

/// <summary>A role as the rotation sees it.</summary>
/// <param name="RoleId">The role's store key.</param>
/// <param name="Required">Required roles are filled first and doubled up when nobody is free.</param>
public sealed record RotationRole(long RoleId, bool Required);

/// <summary>A member as the rotation sees them, in join order.</summary>
/// <param name="UserId">Platform user id.</param>
/// <param name="Available">False when away on the meeting's date or they said they can't come.</param>
public sealed record RotationMember(string UserId, bool Available);
