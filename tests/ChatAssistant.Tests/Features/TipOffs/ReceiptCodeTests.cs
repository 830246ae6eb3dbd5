using ChatAssistant.Features.TipOffs;

namespace ChatAssistant.Tests.Features.TipOffs;

public sealed class ReceiptCodeTests
{
    [Fact]
    public void NewCodesAreTwelveUnambiguousCharacters()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => ReceiptCode.New()).ToList();

        Assert.All(codes, code =>
        {
            Assert.Equal(ReceiptCode.Length, code.Length);
            Assert.DoesNotContain(code, c => "0O1IL".Contains(c, StringComparison.Ordinal));
        });
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void CodesAreShownInGroupsOfFour() =>
        Assert.Equal("K7M2-QX9P-4HRT", ReceiptCode.Format("K7M2QX9P4HRT"));

    [Theory]
    [InlineData("K7M2-QX9P-4HRT")]
    [InlineData("k7m2 qx9p 4hrt")]
    [InlineData("  K7M2QX9P4HRT ")]
    [InlineData("k7m2–qx9p–4hrt")]
    public void TypedCodesAreNormalized(string typed) =>
        Assert.Equal("K7M2QX9P4HRT", ReceiptCode.Normalize(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("K7M2-QX9P-4HR")]
    [InlineData("K7M2QX9P4HRO")]
    [InlineData("K7M2-QX9P-4HRTA")]
    [InlineData("0912 3456 7890")]
    public void WhatCannotBeACodeIsRefused(string? typed) =>
        Assert.Null(ReceiptCode.Normalize(typed));

    /// <summary>Typed in the code's own shape with a letter no code has: a code mistyped, looked up and not found.</summary>
    [Fact]
    public void ACodeShapedMistypeIsStillReadAsACode() =>
        Assert.Equal("K7M2QX9P4HRO", ReceiptCode.Normalize("K7M2-QX9P-4HRO"));
}
