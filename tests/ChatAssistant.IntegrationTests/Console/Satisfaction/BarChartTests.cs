using System.Text.RegularExpressions;
using ChatAssistant.Host.OfficerConsole.Satisfaction;

namespace ChatAssistant.IntegrationTests.Console.Satisfaction;

public sealed partial class BarChartTests
{
    [Fact]
    public void The_tallest_bar_fills_the_plot_and_the_others_are_in_proportion()
    {
        var svg = BarChart.Render("c", "Tiêu đề", "Mô tả", [new("A", 40, "40"), new("B", 80, "80"), new("C", 20, "20")]);

        Assert.Equal(["100", "200", "50"], Heights(svg));
    }

    [Fact]
    public void A_given_scale_is_kept_and_a_value_above_it_does_not_overflow()
    {
        var svg = BarChart.Render("c", "t", "d", [new("A", 50, "50%"), new("B", 130, "130%")], scaleMax: 100);

        Assert.Equal(["100", "200"], Heights(svg));
    }

    [Fact]
    public void A_zero_draws_no_bar_but_keeps_its_label_and_an_empty_chart_draws_none()
    {
        var svg = BarChart.Render("c", "t", "d", [new("Tháng 1", 0, "—"), new("Tháng 2", 10, "10%")]);
        var empty = BarChart.Render("c", "t", "d", [new("A", 0, "—")]);

        Assert.Equal(["200"], Heights(svg));
        Assert.Contains(">Tháng 1<", svg, StringComparison.Ordinal);
        Assert.Empty(Heights(empty));
        Assert.Empty(Heights(BarChart.Render("c", "t", "d", [])));
    }

    [Fact]
    public void Labels_titles_and_descriptions_are_encoded_and_long_labels_shortened()
    {
        var svg = BarChart.Render("c", "<script>", "a & b", [new("<b>\"x\"</b>", 1, "1"), new("Đăng ký thường trú tại nhà", 2, "2")]);

        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
        Assert.Contains("a &amp; b", svg, StringComparison.Ordinal);
        Assert.Contains("&quot;x&quot;", svg, StringComparison.Ordinal);
        Assert.Contains(">Đăng ký t…<", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"c-title\">", svg, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"c-desc\">", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", svg, StringComparison.Ordinal);
    }

    internal static string[] Heights(string svg) => [.. BarHeight().Matches(svg).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<rect class=\"bar\" [^>]*height=\"([0-9.]+)\"")]
    private static partial Regex BarHeight();
}
