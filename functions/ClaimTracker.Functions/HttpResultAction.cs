using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ClaimTracker.Functions;

/// <summary>
/// Lets an HTTP trigger return the <see cref="IResult"/> a shared review handler produced:
/// the worker's ASP.NET Core integration executes <see cref="IActionResult"/> only.
/// </summary>
internal sealed class HttpResultAction(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
}
