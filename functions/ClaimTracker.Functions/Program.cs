using ClaimTracker.Functions;
using ClaimTracker.Pipeline;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<ProblemDetailsMiddleware>();
builder.Services.AddClaimTracker(builder.Configuration);
builder.Services.AddClaimTrackerTelemetry(builder.Configuration);
builder.Build().Run();
