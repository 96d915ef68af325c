package io.medli.boards.ui.internal;

import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;

/** The tabs of an "Edge Benchmark" configuration: Model, Target, Runtime, Benchmark, Common. */
public final class EdgeBenchmarkTabGroup extends AbstractLaunchConfigurationTabGroup {
    @Override
    public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
        setTabs(new ILaunchConfigurationTab[] { new ModelTab(), new TargetTab(), new RuntimeTab(), new BenchmarkTab(), new CommonTab() });
    }
}
