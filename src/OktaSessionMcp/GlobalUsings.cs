// The namespaces that a sixth or more of this project's files need, declared once here as ImplicitUsings declares
// System.* (eShop keeps a GlobalUsings.cs per project the same way): the Okta client, the MCP SDK's protocol and server
// types, and options. Our own folders' namespaces stay explicit in each file, so a file still shows what it reaches.
global using Microsoft.Extensions.Options;
global using ModelContextProtocol.Protocol;
global using ModelContextProtocol.Server;
global using OktaSessionMcp.Okta;

// The signature every call-tool filter takes and returns (Hosting/ToolCallFilters.cs lists them in order). The SDK's own
// name for it fills a line, and it stands twice in each filter's header.
global using CallToolHandler = ModelContextProtocol.Server.McpRequestHandler<
    ModelContextProtocol.Protocol.CallToolRequestParams, ModelContextProtocol.Protocol.CallToolResult>;
