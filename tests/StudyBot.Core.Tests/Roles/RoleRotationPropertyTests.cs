using CsCheck;
using StudyBot.Core.Roles;

namespace StudyBot.Core.Tests.Roles;

/// <summary>
/// The rotation over random groups, availability and long histories: the rules people rely on hold for every
/// meeting, and over a long run everyone takes their turn at every role.
/// </summary>
public sealed class RoleRotationPropertyTests
{
    private static readonly Gen<Group> Groups =
        from members in Gen.Int[1, 9]
        from required in Gen.Bool.Array[1, 5]
        from meetings in Gen.Int[1, 60]
        from availability in Gen.Bool.Array[members * meetings]
        from away in Gen.Int[0, 3]
        select new Group(
            Enumerable.Range(0, members).Select(i => $"m{i}").ToList(),
            required.Select((r, i) => new RotationRole(i + 1, r)).ToList(),
            meetings,
            // Most members come most of the time; 'away' tilts some meetings towards fewer people.
            (meeting, member) => availability[(meeting * members) + member] || (meeting + member) % (away + 1) != 0);

    [Fact]
    public void EveryMeeting_FollowsTheRules()
    {
        Groups.Sample(group =>
        {
            foreach (var (meeting, available, result) in Run(group))
            {
                var holders = result.Values.OfType<string>().ToList();
                Assert.Equal(group.Roles.Count, result.Count);

                // Away and declined members are never assigned.
                Assert.All(holders, h => Assert.Contains(h, available));

                // Every required role is filled when anyone is available; when enough are, by different people.
                if (available.Count > 0)
                {
                    Assert.All(group.Roles.Where(r => r.Required), r => Assert.NotNull(result[r.RoleId]));
                }

                // Nobody holds two roles while someone available holds none.
                var idle = available.Where(a => !holders.Contains(a)).ToList();
                if (idle.Count > 0)
                {
                    Assert.Equal(holders.Count, holders.Distinct().Count());
                }

                // An optional role stays empty only when nobody is free for it.
                if (group.Roles.Any(r => !r.Required && result[r.RoleId] is null))
                {
                    Assert.Empty(idle);
                }
            }
        }, iter: 300, seed: null);
    }

    [Fact]
    public void OverALongRun_EveryonesShareOfEachRole_DiffersByAtMostOne()
    {
        var everyoneComes =
            from members in Gen.Int[2, 9]
            from required in Gen.Bool.Array[1, 5]
            from rounds in Gen.Int[3, 12]
            select new Group(
                Enumerable.Range(0, members).Select(i => $"m{i}").ToList(),
                required.Select((r, i) => new RotationRole(i + 1, r)).ToList(),
                members * rounds,
                (_, _) => true);

        everyoneComes.Sample(group =>
        {
            var counts = new Dictionary<(long Role, string Member), int>();
            foreach (var (_, _, result) in Run(group))
            {
                foreach (var (role, member) in result.Where(r => r.Value is not null))
                {
                    counts[(role, member!)] = counts.GetValueOrDefault((role, member!)) + 1;
                }
            }

            foreach (var role in group.Roles.Where(r => r.Required || group.Members.Count >= group.Roles.Count))
            {
                var shares = group.Members.Select(m => counts.GetValueOrDefault((role.RoleId, m))).ToList();
                Assert.True(shares.Max() - shares.Min() <= 1, $"role {role.RoleId}: shares {string.Join(",", shares)} over {group.Meetings} meetings of {group.Members.Count} members");
            }
        }, iter: 300);
    }

    [Fact]
    public void AMemberBackFromAway_CatchesUp_AndThenSharesEvenly()
    {
        // Four members, one role; m3 is away for the first eight meetings, then everyone comes for 40 more.
        var group = new Group(["m0", "m1", "m2", "m3"], [new RotationRole(1, true)], 48, (meeting, member) => member != 3 || meeting >= 8);
        var served = Run(group).Select(r => r.Result[1]).ToList();

        // Never-served goes first: m3 takes the first meeting back; after that the four take turns.
        Assert.Equal("m3", served[8]);
        var afterReturn = served.Skip(8).GroupBy(s => s).ToDictionary(g => g.Key!, g => g.Count());
        Assert.All(group.Members, m => Assert.Equal(10, afterReturn[m]));
    }

    [Fact]
    public void TheSameHistory_GivesTheSameAnswer()
    {
        Groups.Sample(group =>
        {
            var first = Run(group).Select(r => string.Join(",", r.Result.OrderBy(p => p.Key).Select(p => p.Value))).ToList();
            var second = Run(group).Select(r => string.Join(",", r.Result.OrderBy(p => p.Key).Select(p => p.Value))).ToList();
            Assert.Equal(first, second);
        }, iter: 100);
    }

    [Fact]
    public void KeptAssignments_Stand_AndTheRestIsFilledAroundThem()
    {
        var roles = new[] { new RotationRole(1, true), new RotationRole(2, true) };
        var members = new[] { new RotationMember("alice", true), new RotationMember("bob", true), new RotationMember("carol", true) };

        var result = RoleRotation.Assign(roles, members, (_, _) => null, new Dictionary<long, string?> { [2] = "alice" });

        Assert.Equal("alice", result[2]);
        Assert.Equal("bob", result[1]);
    }

    // Plays the meetings in order, each seeing the history of the ones before (served at meeting index).
    private static IEnumerable<(int Meeting, List<string> Available, IReadOnlyDictionary<long, string?> Result)> Run(Group group)
    {
        var last = new Dictionary<(long, string), long>();
        for (var meeting = 0; meeting < group.Meetings; meeting++)
        {
            var members = group.Members.Select((m, i) => new RotationMember(m, group.Available(meeting, i))).ToList();
            var result = RoleRotation.Assign(group.Roles, members, (role, user) => last.TryGetValue((role, user), out var at) ? at : null, new Dictionary<long, string?>());
            foreach (var (role, member) in result.Where(r => r.Value is not null))
            {
                last[(role, member!)] = meeting;
            }

            yield return (meeting, members.Where(m => m.Available).Select(m => m.UserId).ToList(), result);
        }
    }

    private sealed record Group(IReadOnlyList<string> Members, IReadOnlyList<RotationRole> Roles, int Meetings, Func<int, int, bool> Available)
    {
        public override string ToString() => $"{Members.Count} members, roles {string.Join(",", Roles.Select(r => r.Required ? "R" : "o"))}, {Meetings} meetings";
    }
}
