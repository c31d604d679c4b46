package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitVariable;
import dev.tiersync.domain.fit.SchemeKind;
import java.util.Collections;
import java.util.Collection;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** A pruned decision tree: an account's score is the average value of the training customers in its leaf. */
final class TreeScheme implements Scheme {

    private final TreeNode root;
    private final Set<FitVariable> variables = new LinkedHashSet<>();
    private final Map<TreeNode, List<String>> leafTraits = new IdentityHashMap<>();

    TreeScheme(TreeNode root) {
        this.root = root;
        collect(root, new ArrayList<>());
    }

    @Override
    public SchemeKind kind() {
        return SchemeKind.TREE;
    }

    @Override
    public double raw(FitAccount account) {
        return leafOf(account).meanValue;
    }

    @Override
    public boolean knowsAnything(FitAccount account) {
        return variables.isEmpty() || variables.stream().anyMatch(account::knows);
    }

    @Override
    public Collection<FitVariable> variables() {
        return Collections.unmodifiableSet(variables);
    }

    @Override
    public List<String> traits(FitAccount account, boolean favourable) {
        return leafTraits.get(leafOf(account));
    }

    @Override
    public OptionalDouble topShareOfGroup(FitAccount account) {
        return OptionalDouble.of(leafOf(account).topShare);
    }

    @Override
    public List<String> describe(Calibration calibration) {
        List<String> lines = new ArrayList<>();
        lines.add(line("All customers", root, calibration));
        describe(root, "  ", lines, calibration);
        return lines;
    }

    /** How many training customers each leaf holds, left to right. */
    List<Integer> leafSizes() {
        List<Integer> sizes = new ArrayList<>();
        leafSizes(root, sizes);
        return sizes;
    }

    private static void leafSizes(TreeNode node, List<Integer> sizes) {
        if (node.isLeaf()) {
            sizes.add(node.customers);
        } else {
            leafSizes(node.greater, sizes);
            leafSizes(node.lessOrEqual, sizes);
        }
    }

    private TreeNode leafOf(FitAccount account) {
        TreeNode node = root;
        while (!node.isLeaf()) {
            node = node.next(node.column.valueOf(account));
        }
        return node;
    }

    private void describe(TreeNode node, String indent, List<String> lines, Calibration calibration) {
        if (node.isLeaf()) {
            return;
        }
        lines.add(indent + line(capitalise(condition(node, true)), node.greater, calibration));
        describe(node.greater, indent + "  ", lines, calibration);
        lines.add(indent + line(capitalise(condition(node, false)), node.lessOrEqual, calibration));
        describe(node.lessOrEqual, indent + "  ", lines, calibration);
    }

    private static String line(String label, TreeNode node, Calibration calibration) {
        String text = String.format(Locale.ROOT, "%s: %,d customers, value %.0f on average, %s tier A", label, node.customers,
                node.meanValue, Traits.percent(node.topShare));
        if (node.isLeaf()) {
            text += String.format(Locale.ROOT, " -> fit %.1f", calibration.fitScore(node.meanValue));
        }
        return text;
    }

    /** The condition of one side of a split, on its own. */
    private static String condition(TreeNode node, boolean greater) {
        if (node.column instanceof LevelColumn level) {
            return greater ? Traits.level(level.variable(), level.level()) : level.negation();
        }
        BinColumn bin = (BinColumn) node.column;
        double edge = bin.edgeAbove(node.threshold);
        if (Double.isNaN(edge)) {
            return bin.variable().label() + (greater ? " known" : " unknown");
        }
        return greater ? Traits.atLeast(bin.variable(), edge)
                : Traits.below(bin.variable(), edge) + (bin.sawUnknown() ? " or unknown" : "");
    }

    /** Walks the tree once, noting the variables it reads and each leaf's path as merged conditions. */
    private void collect(TreeNode node, List<Step> path) {
        if (node.isLeaf()) {
            leafTraits.put(node, merge(path));
            return;
        }
        variables.add(node.column.variable());
        path.add(new Step(node, true));
        collect(node.greater, path);
        path.set(path.size() - 1, new Step(node, false));
        collect(node.lessOrEqual, path);
        path.remove(path.size() - 1);
    }

    private record Step(TreeNode node, boolean greater) {
    }

    /** One phrase per variable: an equality beats exclusions, numeric bounds combine into a range. */
    private static List<String> merge(List<Step> path) {
        Map<FitVariable, List<Step>> byVariable = new LinkedHashMap<>();
        for (Step step : path) {
            byVariable.computeIfAbsent(step.node.column.variable(), v -> new ArrayList<>()).add(step);
        }
        List<String> phrases = new ArrayList<>();
        byVariable.forEach((variable, steps) -> phrases.add(variable.kind() == FitVariable.Kind.CATEGORICAL
                ? categorical(variable, steps) : numeric(variable, steps)));
        return List.copyOf(phrases);
    }

    private static String categorical(FitVariable variable, List<Step> steps) {
        List<String> exclusions = new ArrayList<>();
        for (Step step : steps) {
            LevelColumn level = (LevelColumn) step.node.column;
            if (step.greater) {
                return Traits.level(variable, level.level());
            }
            if (level.otherwise() != null) {
                return level.negation();
            }
            exclusions.add(level.level() == null ? "unknown" : level.level());
        }
        return Traits.notLevel(variable, String.join(" or ", exclusions));
    }

    private static String numeric(FitVariable variable, List<Step> steps) {
        double from = Double.NEGATIVE_INFINITY;
        double to = Double.POSITIVE_INFINITY;
        boolean known = false;
        boolean unknownOnly = false;
        boolean mayBeUnknown = false;
        for (Step step : steps) {
            BinColumn bin = (BinColumn) step.node.column;
            double edge = bin.edgeAbove(step.node.threshold);
            if (Double.isNaN(edge)) {
                known |= step.greater;
                unknownOnly |= !step.greater;
            } else if (step.greater) {
                from = Math.max(from, edge);
                known = true;
            } else {
                to = Math.min(to, edge);
                mayBeUnknown |= bin.sawUnknown();
            }
        }
        if (unknownOnly) {
            return "unknown " + variable.label().toLowerCase(Locale.ROOT);
        }
        if (from > Double.NEGATIVE_INFINITY && to < Double.POSITIVE_INFINITY) {
            return Traits.range(variable, from, to);
        }
        if (from > Double.NEGATIVE_INFINITY) {
            return Traits.atLeast(variable, from);
        }
        if (to < Double.POSITIVE_INFINITY) {
            return Traits.below(variable, to) + (mayBeUnknown && !known ? " or unknown" : "");
        }
        return variable.label() + " known";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
