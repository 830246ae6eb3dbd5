using ChatAssistant.Features.Officers;

namespace ChatAssistant.Tests.Features.Officers;

public sealed class OfficerTests
{
    [Fact]
    public void OfficerSeesOnlyTheirAccountsAndAdminsSeeAll()
    {
        var officer = new Officer(3, "Cán bộ", OfficerRole.Officer, ["oa-1"]);
        var admin = new Officer(4, "Quản trị", OfficerRole.Admin, []);

        Assert.True(officer.CanSee("oa-1"));
        Assert.False(officer.CanSee("oa-2"));
        Assert.True(admin.CanSee("oa-2"));
        Assert.True(Officer.Bootstrap.CanSee("oa-2"));
    }

    [Fact]
    public void BootstrapAdminHasNoRecordedId()
    {
        Assert.Equal((0L, "bootstrap", OfficerRole.Admin, (long?)null),
            (Officer.Bootstrap.Id, Officer.Bootstrap.Name, Officer.Bootstrap.Role, Officer.Bootstrap.RecordedId));
        Assert.Equal(3L, new Officer(3, "x", OfficerRole.Officer, []).RecordedId);
    }

    [Fact]
    public void OfficerSurvivesTheTripThroughClaims()
    {
        var officer = new Officer(12, "Phạm Thu Hà", OfficerRole.Officer, ["oa-1", "oa-2"]);

        var back = OfficerClaims.ToPrincipal(officer).FindOfficer();

        Assert.NotNull(back);
        Assert.Equal((officer.Id, officer.Name, officer.Role), (back.Id, back.Name, back.Role));
        Assert.Equal(officer.OaIds, back.OaIds);
        Assert.True(OfficerClaims.ToPrincipal(officer).IsInRole("officer"));
    }

    [Fact]
    public void PrincipalWithoutAnOfficerKeyHasNoOfficer()
    {
        Assert.Null(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity()).FindOfficer());
    }

    [Theory]
    [InlineData("admin", OfficerRole.Admin)]
    [InlineData("Officer", OfficerRole.Officer)]
    [InlineData(" officer ", OfficerRole.Officer)]
    public void RoleNamesParse(string name, OfficerRole expected)
    {
        Assert.True(OfficerRoleNames.TryParse(name, out var role));
        Assert.Equal(expected, role);
    }

    [Theory]
    [InlineData("")]
    [InlineData("root")]
    [InlineData(null)]
    public void UnknownRoleNamesDoNotParse(string? name) =>
        Assert.False(OfficerRoleNames.TryParse(name, out _));

    [Fact]
    public void KeyHashIsLowerHexSha256()
    {
        // printf 'abc' | sha256sum
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", OfficerKeys.Hash("abc"));
    }
}
