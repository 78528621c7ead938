using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OktaSessionMcp.Policy;

namespace OktaSessionMcp.Tests.Policy;

public sealed class RequestStateProtectorTests
{
    private static readonly ConfirmationBinding Binding = new("local", "okta-close-session", [1, 2, 3]);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Verify_StateJustIssued_IsValidOnceThenReplayed()
    {
        var protector = Create();
        var state = protector.Issue(Binding);

        Assert.Equal(RequestStateVerdict.Valid, await protector.VerifyAsync(state, Binding, CancellationToken.None));
        Assert.Equal(RequestStateVerdict.Replayed, await protector.VerifyAsync(state, Binding, CancellationToken.None));
    }

    [Theory]
    [InlineData("someone-else", "okta-close-session", new byte[] { 1, 2, 3 })]
    [InlineData("local", "okta-refresh-session", new byte[] { 1, 2, 3 })]
    [InlineData("local", "okta-close-session", new byte[] { 1, 2, 4 })]
    public async Task Verify_AnyPartOfTheBindingChanged_IsInvalid(string caller, string tool, byte[] digest)
    {
        var protector = Create();
        var state = protector.Issue(Binding);

        Assert.Equal(RequestStateVerdict.Invalid, await protector.VerifyAsync(state, new ConfirmationBinding(caller, tool, digest), CancellationToken.None));
        Assert.Equal(RequestStateVerdict.Valid, await protector.VerifyAsync(state, Binding, CancellationToken.None));
    }

    [Fact]
    public async Task Verify_AfterTheLifetime_IsExpired()
    {
        var protector = Create(new PolicyOptions { ConfirmationMinutes = 2 });
        var state = protector.Issue(Binding);

        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(RequestStateVerdict.Expired, await protector.VerifyAsync(state, Binding, CancellationToken.None));
    }

    [Fact]
    public async Task Verify_SameConfiguredKeyOnAnotherInstance_IsValid_AnotherKeyIsInvalid()
    {
        var key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
        var state = Create(new PolicyOptions { ConfirmationKey = key }).Issue(Binding);

        Assert.Equal(RequestStateVerdict.Valid, await Create(new PolicyOptions { ConfirmationKey = key }).VerifyAsync(state, Binding, CancellationToken.None));
        Assert.Equal(RequestStateVerdict.Invalid, await Create().VerifyAsync(state, Binding, CancellationToken.None));
    }

    [Fact]
    public async Task Verify_WhenTooManyConfirmationsArePending_IsOverloaded()
    {
        var protector = new RequestStateProtector(Options.Create(new PolicyOptions()), new UsedNonces(_clock, capacity: 1), _clock);
        var first = protector.Issue(Binding);
        var second = protector.Issue(Binding);

        Assert.Equal(RequestStateVerdict.Valid, await protector.VerifyAsync(first, Binding, CancellationToken.None));
        Assert.Equal(RequestStateVerdict.Overloaded, await protector.VerifyAsync(second, Binding, CancellationToken.None));
    }

    [Fact]
    public void Issue_TwoStates_DifferAndCarryNoBindingInTheClear()
    {
        var protector = Create();

        var first = protector.Issue(Binding);
        var second = protector.Issue(Binding);

        Assert.NotEqual(first, second);
        Assert.DoesNotContain("close", first, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("local", first, StringComparison.OrdinalIgnoreCase);
    }

    private RequestStateProtector Create(PolicyOptions? options = null) =>
        new(Options.Create(options ?? new PolicyOptions()), new UsedNonces(_clock), _clock);
}
