// The signature every call-tool filter takes and returns (Hosting/ToolCallFilters.cs lists them in order). The SDK's own
// name for it fills a line, and it stands twice in each filter's header.
global using CallToolHandler = ModelContextProtocol.Server.McpRequestHandler<
    ModelContextProtocol.Protocol.CallToolRequestParams, ModelContextProtocol.Protocol.CallToolResult>;
