using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Simulator.App.Exports;

/// <summary>
/// Posts xAPI statements to a learning record store: one <c>POST URL/statements</c> with the statements as a JSON array, the
/// <c>X-Experience-API-Version</c> header and HTTP Basic authentication. Every outcome is one line; the password is never in it.
/// </summary>
public static class LrsClient
{
    /// <summary>How long to wait for the LRS before giving up.</summary>
    public static TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The statements resource of the LRS at <paramref name="url"/> (a trailing slash or not), without any user info; null if it is not an http(s) URL.</summary>
    public static Uri? StatementsUri(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var builder = new UriBuilder(uri) { UserName = "", Password = "", Query = "", Fragment = "" };
        builder.Path = builder.Path.TrimEnd('/') + "/statements";
        return builder.Uri;
    }

    /// <summary>Sends <paramref name="statements"/>; returns whether the LRS accepted them and the line to print.</summary>
    /// <param name="auth"><c>USER:PASS</c> for Basic authentication, or null to send none.</param>
    public static (bool Ok, string Line) Send(JsonArray statements, Uri endpoint, string? auth)
    {
        var password = auth is { } a && a.IndexOf(':') is var colon and >= 0 ? a[(colon + 1)..] : "";
        string Masked(string text) => password.Length > 0 ? text.Replace(password, "***", StringComparison.Ordinal) : text;

        using var http = new HttpClient { Timeout = Timeout };
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(statements.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Experience-API-Version", XapiStatements.Version);
        if (auth is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(auth)));
        }

        try
        {
            using var response = http.Send(request);
            if (response.IsSuccessStatusCode)
            {
                return (true, $"sent: {statements.Count} statement(s) to {endpoint}");
            }

            using var reader = new StreamReader(response.Content.ReadAsStream());
            var body = string.Join(' ', reader.ReadToEnd().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (body.Length > 200)
            {
                body = body[..200] + "…";
            }

            var status = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();
            return (false, Masked($"lrs: {endpoint}: {status}" + (body.Length > 0 ? $": {body}" : "")));
        }
        catch (HttpRequestException e)
        {
            return (false, Masked($"lrs: {endpoint}: {OneLine(e.InnerException?.Message ?? e.Message)}"));
        }
        catch (TaskCanceledException)
        {
            return (false, $"lrs: {endpoint}: no answer within {Timeout.TotalSeconds:0} s");
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
