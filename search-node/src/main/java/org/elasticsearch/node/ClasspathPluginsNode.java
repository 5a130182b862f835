package org.elasticsearch.node;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * A {@link Node} whose plugins are plain classes on the application classpath.
 *
 * <p>The distribution's launcher loads plugins and modules from bundle directories with their own
 * class loaders. Running from Maven Central jars there are no such directories, so the plugin
 * service is swapped for one that instantiates the given classes directly. The construction hooks
 * used for that are package-private, which is the only reason this class lives in an Elasticsearch
 * package.
 */
public class ClasspathPluginsNode extends Node {

  public ClasspathPluginsNode(
      Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
    super(
        NodeConstruction.prepareConstruction(
            environment,
            // No plugin or module bundles on disk: everything comes from the classpath.
            PluginsLoader.createPluginsLoader(Set.of(), Set.of(), Map.of(), false),
            new ClasspathServiceProvider(List.copyOf(pluginClasses)),
            // Same as the production node: private index settings stay forbidden in requests.
            true));
  }

  private static final class ClasspathServiceProvider extends NodeServiceProvider {
    private final List<Class<? extends Plugin>> pluginClasses;

    ClasspathServiceProvider(List<Class<? extends Plugin>> pluginClasses) {
      this.pluginClasses = pluginClasses;
    }

    @Override
    PluginsService newPluginService(Environment environment, PluginsLoader pluginsLoader) {
      return new ClasspathPluginsService(environment, pluginsLoader, pluginClasses);
    }
  }
}
