global using CmaRenewal.TestKit;
global using Xunit;
global using static CmaRenewal.TestKit.Dates;
