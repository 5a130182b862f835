package org.handmademarket.searchnode.rest;

import static org.elasticsearch.rest.RestRequest.Method.GET;
import static org.elasticsearch.rest.RestRequest.Method.HEAD;

import java.util.List;
import java.util.function.Supplier;
import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.ClusterState;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.bytes.BytesArray;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

/**
 * Answers the root endpoint with the same document as Elasticsearch (node and cluster names,
 * cluster UUID, build details, tagline). It reads the local cluster state directly: on a single
 * node there is nothing to ask other nodes.
 */
final class RestRootInfoAction extends BaseRestHandler {

  private final Supplier<ClusterService> clusterService;

  RestRootInfoAction(Supplier<ClusterService> clusterService) {
    this.clusterService = clusterService;
  }

  @Override
  public String getName() {
    return "search_node_root_info_action";
  }

  @Override
  public List<Route> routes() {
    return List.of(new Route(GET, "/"), new Route(HEAD, "/"));
  }

  @Override
  protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
    if (request.method() == HEAD) {
      return channel ->
          channel.sendResponse(
              new RestResponse(RestStatus.OK, RestResponse.TEXT_CONTENT_TYPE, BytesArray.EMPTY));
    }
    return channel -> {
      ClusterService service = clusterService.get();
      ClusterState state = service.state();
      Build build = Build.current();
      XContentBuilder body = channel.newBuilder();
      body.startObject();
      body.field("name", service.getNodeName());
      body.field("cluster_name", service.getClusterName().value());
      body.field("cluster_uuid", state.metadata().clusterUUID());
      body.startObject("version");
      body.field("number", build.qualifiedVersion());
      body.field("build_flavor", build.flavor());
      body.field("build_type", build.type().displayName());
      body.field("build_hash", build.hash());
      body.field("build_date", build.date());
      body.field("build_snapshot", build.isSnapshot());
      body.field("lucene_version", IndexVersion.current().luceneVersion().toString());
      body.field("minimum_wire_compatibility_version", build.minWireCompatVersion());
      body.field("minimum_index_compatibility_version", build.minIndexCompatVersion());
      body.endObject();
      body.field("tagline", "You Know, for Search");
      body.endObject();
      channel.sendResponse(new RestResponse(RestStatus.OK, body));
    };
  }
}
