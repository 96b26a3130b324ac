using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Simulator.App.Exports;

namespace Simulator.Tests.Cli;

/// <summary><c>export --format xapi --lrs URL --lrs-auth USER:PASS</c> against a real HTTP listener on localhost that checks what arrives.</summary>
public sealed class LrsExportTests : IDisposable
{
    private const string Password = "s3cret-Pa55";

    private readonly string _dir = Directory.CreateTempSubdirectory("sim-lrs-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Store => Path.Combine(_dir, "records.db");

    private void RecordSessions()
    {
        foreach (var example in new[] { "mis-perfect", "mis-mistakes" })
        {
            var run = CliRunner.Run("run", "--script", Path.Combine(RepoPaths.Root, "docs", "examples", example + ".yaml"), "--trainee", "ada",
                "--results", Path.Combine(_dir, "results"), "--store", Store);
            Assert.True(run.ExitCode == 0, run.Error);
        }
    }

    [Fact]
    public void The_statements_are_posted_to_the_statements_resource_with_the_version_header_and_basic_auth()
    {
        RecordSessions();
        using var lrs = new FakeLrs(HttpStatusCode.OK, "[\"ids\"]");
        var file = Path.Combine(_dir, "statements.json");

        var run = CliRunner.Run("export", "--format", "xapi", "--lrs", lrs.Url + "xapi/", "--lrs-auth", "lab:" + Password, "--out", file, "--store", Store);

        Assert.True(run.ExitCode == 0, run.Error);
        var request = lrs.Received();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/xapi/statements", request.Path);
        Assert.Equal("1.0.3", request.Headers["X-Experience-API-Version"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);
        var auth = request.Headers["Authorization"]!;
        Assert.StartsWith("Basic ", auth);
        Assert.Equal("lab:" + Password, Encoding.UTF8.GetString(Convert.FromBase64String(auth["Basic ".Length..])));
        var sent = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal(JsonValueKind.Array, sent.ValueKind);
        Assert.Equal(5, sent.GetArrayLength()); // mis-perfect: attempted, completed, passed; mis-mistakes: attempted, failed
        var written = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
        Assert.Equal(written.EnumerateArray().Select(s => s.GetProperty("id").GetString()), sent.EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.All(sent.EnumerateArray(), s => Assert.StartsWith("http://adlnet.gov/expapi/verbs/", s.GetProperty("verb").GetProperty("id").GetString()));
        Assert.Contains($"sent: 5 statement(s) to {lrs.Url}xapi/statements", run.Error);
        Assert.DoesNotContain(Password, run.Out + run.Error);
    }

    [Fact]
    public void Without_a_trailing_slash_and_without_out_the_statements_still_reach_url_statements()
    {
        RecordSessions();
        using var lrs = new FakeLrs(HttpStatusCode.OK, "[]");

        var run = CliRunner.Run("export", "--format", "xapi", "--lrs", lrs.Url.TrimEnd('/'), "--lrs-auth", "lab:" + Password, "--store", Store);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("/statements", lrs.Received().Path);
        Assert.DoesNotContain("exported", run.Error); // no --out: no file
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, "{\"error\":\"bad credentials\"}", "HTTP 401 Unauthorized: {\"error\":\"bad credentials\"}")]
    [InlineData(HttpStatusCode.BadRequest, "Statement invalid:\n  result.score.scaled out of range", "HTTP 400 Bad Request: Statement invalid: result.score.scaled out of range")]
    public void An_lrs_that_refuses_the_statements_is_one_line_with_the_status_and_its_reason_and_a_non_zero_exit(HttpStatusCode status, string body, string expected)
    {
        RecordSessions();
        using var lrs = new FakeLrs(status, body);

        var run = CliRunner.Run("export", "--format", "xapi", "--lrs", lrs.Url, "--lrs-auth", "lab:" + Password, "--store", Store);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"lrs: {lrs.Url}statements: {expected}", run.Error.Trim());
        Assert.DoesNotContain(Password, run.Out + run.Error);
        Assert.Equal("POST", lrs.Received().Method);
    }

    [Fact]
    public void An_lrs_that_is_not_there_is_one_line_naming_it_and_a_non_zero_exit()
    {
        RecordSessions();
        var port = FakeLrs.FreePort();

        var run = CliRunner.Run("export", "--format", "xapi", "--lrs", $"http://127.0.0.1:{port}/lrs", "--lrs-auth", "lab:" + Password, "--store", Store);

        Assert.Equal(1, run.ExitCode);
        var line = run.Error.Trim();
        Assert.DoesNotContain('\n', line);
        Assert.StartsWith($"lrs: http://127.0.0.1:{port}/lrs/statements: ", line);
        Assert.Contains("refused", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Password, run.Out + run.Error);
    }

    [Theory]
    [InlineData("--format", "xapi", "--store", "S", "export needs somewhere to put the sessions")]
    [InlineData("--format", "csv", "--lrs", "http://127.0.0.1:9/", "--lrs sends xAPI statements: use --format xapi")]
    [InlineData("--format", "xapi", "--lrs", "ftp://lab:pw@host/", "--lrs takes the LRS's http:// or https:// URL")]
    [InlineData("--format", "xapi", "--lrs", "http://127.0.0.1:9/", "--lrs-auth", "no-colon", "--lrs-auth takes USER:PASS")]
    [InlineData("--format", "xapi", "--out", "x.json", "--lrs-auth", "lab:pw", "--lrs-auth goes with --lrs URL")]
    public void Export_options_that_do_not_fit_together_are_usage_errors(params string[] args)
    {
        var run = CliRunner.Run(new[] { "export" }.Concat(args[..^1]).ToArray());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(args[^1], run.Error);
        Assert.DoesNotContain(":pw", run.Error);
    }

    [Fact]
    public void Statement_ids_are_rfc_4122_version_5_uuids()
    {
        // The RFC 4122 DNS namespace and the well-known example name.
        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), XapiStatements.NameBased(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"));
    }

    /// <summary>A one-request HTTP server on a free localhost port: records the request it gets and answers with the given status and body.</summary>
    private sealed class FakeLrs : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task<Request> _received;

        public FakeLrs(HttpStatusCode status, string body)
        {
            Url = $"http://127.0.0.1:{FreePort()}/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _received = Task.Run(() =>
            {
                var context = _listener.GetContext();
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var request = new Request(context.Request.HttpMethod, context.Request.Url!.AbsolutePath,
                    context.Request.Headers.AllKeys.ToDictionary(k => k!, k => context.Request.Headers[k]), reader.ReadToEnd());
                context.Response.StatusCode = (int)status;
                var bytes = Encoding.UTF8.GetBytes(body);
                context.Response.ContentType = "text/plain";
                context.Response.OutputStream.Write(bytes);
                context.Response.Close();
                return request;
            });
        }

        public string Url { get; }

        public Request Received() => _received.Wait(TimeSpan.FromSeconds(30)) ? _received.Result : throw new TimeoutException("the LRS received nothing");

        public static int FreePort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        public void Dispose() => _listener.Close();

        public sealed record Request(string Method, string Path, IReadOnlyDictionary<string, string?> Headers, string Body);
    }
}
