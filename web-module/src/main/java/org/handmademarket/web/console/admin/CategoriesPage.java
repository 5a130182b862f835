package org.handmademarket.web.console.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.handmademarket.catalog.CategoryAdministration;
import org.handmademarket.catalog.CategoryUsage;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.web.console.Messages;
import org.handmademarket.web.console.seller.ListingForm.CategoryChoice;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The category taxonomy with listing counts: add a category, rename, move within its level and
 * delete one that nothing uses. The service checks every rule; its refusals become the page's
 * messages.
 */
@Named
@ViewScoped
public class CategoriesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CategoryAdministration categories;

  private TreeNode<CategoryUsage> root;
  private TreeNode<CategoryUsage> selectedNode;
  private List<CategoryChoice> choices;
  private List<CategoryChoice> parents;

  private Long categoryId;
  private String name;

  private Long parentId;
  private String newName;
  private String newSlug;

  /** The page's view action. */
  public void load() {
    List<CategoryUsage> tree = categories.tree();
    root = new DefaultTreeNode<>(null, null);
    choices = new ArrayList<>();
    parents = new ArrayList<>();
    for (CategoryUsage top : tree) {
      parents.add(new CategoryChoice(top.id(), top.name()));
      add(top, root, "");
    }
  }

  private void add(CategoryUsage category, TreeNode<CategoryUsage> parent, String path) {
    TreeNode<CategoryUsage> node = new DefaultTreeNode<>(category, parent);
    node.setExpanded(true);
    String label = path.isEmpty() ? category.name() : path + " › " + category.name();
    choices.add(new CategoryChoice(category.id(), label));
    category.children().forEach(child -> add(child, node, label));
  }

  /** A row picked in the tree becomes the category the change form works on. */
  public void select(NodeSelectEvent event) {
    CategoryUsage category = (CategoryUsage) event.getTreeNode().getData();
    categoryId = category.id();
    name = category.name();
  }

  public void create() {
    CategoryUsage added = categories.add(parentId, newName, newSlug);
    newName = null;
    newSlug = null;
    load();
    Messages.done("Added \"" + added.name() + "\" (" + added.slug() + ")");
  }

  public void rename() {
    categories.rename(selected(), name);
    load();
    Messages.done("Renamed to \"" + name.strip() + "\"");
  }

  public void moveUp() {
    categories.move(selected(), true);
    load();
    Messages.done("Moved up");
  }

  public void moveDown() {
    categories.move(selected(), false);
    load();
    Messages.done("Moved down");
  }

  public void delete() {
    categories.delete(selected());
    categoryId = null;
    name = null;
    load();
    Messages.done("Deleted");
  }

  private long selected() {
    if (categoryId == null) {
      throw new MarketplaceException(ProblemType.VALIDATION, "Choose a category first.");
    }
    return categoryId;
  }

  public TreeNode<CategoryUsage> getRoot() {
    return root;
  }

  public TreeNode<CategoryUsage> getSelectedNode() {
    return selectedNode;
  }

  public void setSelectedNode(TreeNode<CategoryUsage> selectedNode) {
    this.selectedNode = selectedNode;
  }

  public List<CategoryChoice> getChoices() {
    return choices;
  }

  public List<CategoryChoice> getParents() {
    return parents;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewSlug() {
    return newSlug;
  }

  public void setNewSlug(String newSlug) {
    this.newSlug = newSlug;
  }
}
