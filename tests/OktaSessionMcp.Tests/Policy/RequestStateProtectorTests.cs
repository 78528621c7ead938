using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OktaSessionMcp.Policy;

namespace OktaSessionMcp.Tests.Policy;

public sealed class RequestStateProtectorTests
{
    private static readonly ConfirmationBinding Binding = new("local", "okta-close-session", [1, 2, 3]);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public void Verify_StateJustIssued_IsValidOnceThenReplayed()
    {
        var protector = Create();
        var state = protector.Issue(Binding);

        Assert.Equal(RequestStateVerdict.Valid, protector.Verify(state, Binding));
        Assert.Equal(RequestStateVerdict.Replayed, protector.Verify(state, Binding));
    }

    [Theory]
    [InlineData("someone-else", "okta-close-session", new byte[] { 1, 2, 3 })]
    [InlineData("local", "okta-refresh-session", new byte[] { 1, 2, 3 })]
    [InlineData("local", "okta-close-session", new byte[] { 1, 2, 4 })]
    public void Verify_AnyPartOfTheBindingChanged_IsInvalid(string caller, string tool, byte[] digest)
    {
        var protector = Create();
        var state = protector.Issue(Binding);

        Assert.Equal(RequestStateVerdict.Invalid, protector.Verify(state, new ConfirmationBinding(caller, tool, digest)));
        Assert.Equal(RequestStateVerdict.Valid, protector.Verify(state, Binding));
    }

    [Fact]
    public void Verify_AfterTheLifetime_IsExpired()
    {
        var protector = Create(new PolicyOptions { ConfirmationMinutes = 2 });
        var state = protector.Issue(Binding);

        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(RequestStateVerdict.Expired, protector.Verify(state, Binding));
    }

    [Fact]
    public void Verify_SameConfiguredKeyOnAnotherInstance_IsValid_AnotherKeyIsInvalid()
    {
        var key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
        var state = Create(new PolicyOptions { ConfirmationKey = key }).Issue(Binding);

        Assert.Equal(RequestStateVerdict.Valid, Create(new PolicyOptions { ConfirmationKey = key }).Verify(state, Binding));
        Assert.Equal(RequestStateVerdict.Invalid, Create().Verify(state, Binding));
    }

    [Fact]
    public void Verify_WhenTooManyConfirmationsArePending_IsOverloaded()
    {
        var protector = new RequestStateProtector(Options.Create(new PolicyOptions()), new UsedNonces(_clock, capacity: 1), _clock);
        var first = protector.Issue(Binding);
        var second = protector.Issue(Binding);

        Assert.Equal(RequestStateVerdict.Valid, protector.Verify(first, Binding));
        Assert.Equal(RequestStateVerdict.Overloaded, protector.Verify(second, Binding));
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
