package org.handmademarket.searchnode.rest;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.lucene.util.SetOnce;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.RestHandler;

/**
 * Serves {@code GET /} and {@code HEAD /}, which Elasticsearch answers from its {@code rest-root}
 * module; that module is not published to Maven Central. Clients call it to identify the server
 * ({@code info()}) or to ping it.
 */
public class RootInfoPlugin extends Plugin implements ActionPlugin {

  private final SetOnce<ClusterService> clusterService = new SetOnce<>();

  @Override
  public Collection<?> createComponents(PluginServices services) {
    clusterService.set(services.clusterService());
    return List.of();
  }

  @Override
  public Collection<RestHandler> getRestHandlers(
      RestHandlersServices services,
      Supplier<DiscoveryNodes> nodesInCluster,
      Predicate<NodeFeature> clusterSupportsFeature) {
    return List.of(new RestRootInfoAction(clusterService::get));
  }
}
