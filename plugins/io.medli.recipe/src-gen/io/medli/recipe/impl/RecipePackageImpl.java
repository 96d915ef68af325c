/**
 */
package io.medli.recipe.impl;

import io.medli.recipe.BackboneTraining;
import io.medli.recipe.BenchmarkStep;
import io.medli.recipe.DataRole;
import io.medli.recipe.DataSet;
import io.medli.recipe.DistillStep;
import io.medli.recipe.EvaluateStep;
import io.medli.recipe.Goal;
import io.medli.recipe.GoalMetric;
import io.medli.recipe.Layout;
import io.medli.recipe.MeasureStep;
import io.medli.recipe.Norm;
import io.medli.recipe.OptimizeLevel;
import io.medli.recipe.OptimizeStep;
import io.medli.recipe.PruneStep;
import io.medli.recipe.PruneStructure;
import io.medli.recipe.QuantizeMode;
import io.medli.recipe.QuantizeStep;
import io.medli.recipe.RangeMethod;
import io.medli.recipe.Recipe;
import io.medli.recipe.RecipeFactory;
import io.medli.recipe.RecipePackage;
import io.medli.recipe.RetrainStep;
import io.medli.recipe.Search;
import io.medli.recipe.SearchStrategy;
import io.medli.recipe.SpecializeStep;
import io.medli.recipe.Step;
import io.medli.recipe.Target;
import io.medli.recipe.TargetKind;
import io.medli.recipe.Variant;
import io.medli.recipe.WeightRounding;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RecipePackageImpl extends EPackageImpl implements RecipePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recipeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataSetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass targetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass goalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass specializeStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass distillStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pruneStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass retrainStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass quantizeStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass optimizeStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass measureStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evaluateStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass benchmarkStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass variantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass searchEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum layoutEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum targetKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum goalMetricEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum backboneTrainingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum pruneStructureEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum normEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum quantizeModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum rangeMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum weightRoundingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum optimizeLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum searchStrategyEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.medli.recipe.RecipePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private RecipePackageImpl() {
		super(eNS_URI, RecipeFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link RecipePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static RecipePackage init() {
		if (isInited) return (RecipePackage)EPackage.Registry.INSTANCE.getEPackage(RecipePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredRecipePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		RecipePackageImpl theRecipePackage = registeredRecipePackage instanceof RecipePackageImpl ? (RecipePackageImpl)registeredRecipePackage : new RecipePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theRecipePackage.createPackageContents();

		// Initialize created meta-data
		theRecipePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theRecipePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(RecipePackage.eNS_URI, theRecipePackage);
		return theRecipePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecipe() {
		return recipeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecipe_FormatVersion() {
		return (EAttribute)recipeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecipe_Name() {
		return (EAttribute)recipeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecipe_Description() {
		return (EAttribute)recipeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecipe_SourceModel() {
		return (EAttribute)recipeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecipe_DataSets() {
		return (EReference)recipeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecipe_Target() {
		return (EReference)recipeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecipe_Goals() {
		return (EReference)recipeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecipe_Steps() {
		return (EReference)recipeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecipe_Variants() {
		return (EReference)recipeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecipe_Search() {
		return (EReference)recipeEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataSet() {
		return dataSetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSet_Role() {
		return (EAttribute)dataSetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSet_Path() {
		return (EAttribute)dataSetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSet_Labelled() {
		return (EAttribute)dataSetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSet_Width() {
		return (EAttribute)dataSetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSet_Height() {
		return (EAttribute)dataSetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSet_Scale() {
		return (EAttribute)dataSetEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSet_Mean() {
		return (EAttribute)dataSetEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSet_Std() {
		return (EAttribute)dataSetEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSet_Layout() {
		return (EAttribute)dataSetEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSet_Limit() {
		return (EAttribute)dataSetEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTarget() {
		return targetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_Kind() {
		return (EAttribute)targetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_Board() {
		return (EAttribute)targetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_Threads() {
		return (EAttribute)targetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGoal() {
		return goalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_Metric() {
		return (EAttribute)goalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_Value() {
		return (EAttribute)goalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_Relative() {
		return (EAttribute)goalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStep() {
		return stepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Name() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Enabled() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpecializeStep() {
		return specializeStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpecializeStep_Cut() {
		return (EAttribute)specializeStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpecializeStep_Head() {
		return (EAttribute)specializeStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpecializeStep_BackboneTraining() {
		return (EAttribute)specializeStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpecializeStep_Epochs() {
		return (EAttribute)specializeStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpecializeStep_PerClass() {
		return (EAttribute)specializeStepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDistillStep() {
		return distillStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistillStep_Student() {
		return (EAttribute)distillStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistillStep_StudentParams() {
		return (EAttribute)distillStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistillStep_Epochs() {
		return (EAttribute)distillStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistillStep_Temperature() {
		return (EAttribute)distillStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistillStep_Alpha() {
		return (EAttribute)distillStepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistillStep_PerClass() {
		return (EAttribute)distillStepEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistillStep_Augment() {
		return (EAttribute)distillStepEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPruneStep() {
		return pruneStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPruneStep_Structure() {
		return (EAttribute)pruneStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPruneStep_Ratio() {
		return (EAttribute)pruneStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPruneStep_Norm() {
		return (EAttribute)pruneStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPruneStep_PerLayer() {
		return (EAttribute)pruneStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPruneStep_Excludes() {
		return (EAttribute)pruneStepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRetrainStep() {
		return retrainStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetrainStep_Epochs() {
		return (EAttribute)retrainStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetrainStep_LearningRate() {
		return (EAttribute)retrainStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetrainStep_Batch() {
		return (EAttribute)retrainStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuantizeStep() {
		return quantizeStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuantizeStep_Mode() {
		return (EAttribute)quantizeStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuantizeStep_Method() {
		return (EAttribute)quantizeStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuantizeStep_Percentile() {
		return (EAttribute)quantizeStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuantizeStep_BudgetDb() {
		return (EAttribute)quantizeStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuantizeStep_Equalize() {
		return (EAttribute)quantizeStepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuantizeStep_WeightRounding() {
		return (EAttribute)quantizeStepEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuantizeStep_BiasCorrection() {
		return (EAttribute)quantizeStepEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuantizeStep_Excludes() {
		return (EAttribute)quantizeStepEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOptimizeStep() {
		return optimizeStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOptimizeStep_Level() {
		return (EAttribute)optimizeStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeasureStep() {
		return measureStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasureStep_Reference() {
		return (EAttribute)measureStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvaluateStep() {
		return evaluateStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluateStep_Tensors() {
		return (EAttribute)evaluateStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBenchmarkStep() {
		return benchmarkStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenchmarkStep_Rounds() {
		return (EAttribute)benchmarkStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenchmarkStep_Warmup() {
		return (EAttribute)benchmarkStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenchmarkStep_Memory() {
		return (EAttribute)benchmarkStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVariant() {
		return variantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVariant_Step() {
		return (EReference)variantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVariant_Parameter() {
		return (EAttribute)variantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVariant_Values() {
		return (EAttribute)variantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSearch() {
		return searchEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSearch_Strategy() {
		return (EAttribute)searchEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSearch_MaxTrials() {
		return (EAttribute)searchEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSearch_MaxMinutes() {
		return (EAttribute)searchEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSearch_Seed() {
		return (EAttribute)searchEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataRole() {
		return dataRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLayout() {
		return layoutEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTargetKind() {
		return targetKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGoalMetric() {
		return goalMetricEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBackboneTraining() {
		return backboneTrainingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPruneStructure() {
		return pruneStructureEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNorm() {
		return normEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getQuantizeMode() {
		return quantizeModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRangeMethod() {
		return rangeMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWeightRounding() {
		return weightRoundingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOptimizeLevel() {
		return optimizeLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSearchStrategy() {
		return searchStrategyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecipeFactory getRecipeFactory() {
		return (RecipeFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		recipeEClass = createEClass(RECIPE);
		createEAttribute(recipeEClass, RECIPE__FORMAT_VERSION);
		createEAttribute(recipeEClass, RECIPE__NAME);
		createEAttribute(recipeEClass, RECIPE__DESCRIPTION);
		createEAttribute(recipeEClass, RECIPE__SOURCE_MODEL);
		createEReference(recipeEClass, RECIPE__DATA_SETS);
		createEReference(recipeEClass, RECIPE__TARGET);
		createEReference(recipeEClass, RECIPE__GOALS);
		createEReference(recipeEClass, RECIPE__STEPS);
		createEReference(recipeEClass, RECIPE__VARIANTS);
		createEReference(recipeEClass, RECIPE__SEARCH);

		dataSetEClass = createEClass(DATA_SET);
		createEAttribute(dataSetEClass, DATA_SET__ROLE);
		createEAttribute(dataSetEClass, DATA_SET__PATH);
		createEAttribute(dataSetEClass, DATA_SET__LABELLED);
		createEAttribute(dataSetEClass, DATA_SET__WIDTH);
		createEAttribute(dataSetEClass, DATA_SET__HEIGHT);
		createEAttribute(dataSetEClass, DATA_SET__SCALE);
		createEAttribute(dataSetEClass, DATA_SET__MEAN);
		createEAttribute(dataSetEClass, DATA_SET__STD);
		createEAttribute(dataSetEClass, DATA_SET__LAYOUT);
		createEAttribute(dataSetEClass, DATA_SET__LIMIT);

		targetEClass = createEClass(TARGET);
		createEAttribute(targetEClass, TARGET__KIND);
		createEAttribute(targetEClass, TARGET__BOARD);
		createEAttribute(targetEClass, TARGET__THREADS);

		goalEClass = createEClass(GOAL);
		createEAttribute(goalEClass, GOAL__METRIC);
		createEAttribute(goalEClass, GOAL__VALUE);
		createEAttribute(goalEClass, GOAL__RELATIVE);

		stepEClass = createEClass(STEP);
		createEAttribute(stepEClass, STEP__NAME);
		createEAttribute(stepEClass, STEP__ENABLED);

		specializeStepEClass = createEClass(SPECIALIZE_STEP);
		createEAttribute(specializeStepEClass, SPECIALIZE_STEP__CUT);
		createEAttribute(specializeStepEClass, SPECIALIZE_STEP__HEAD);
		createEAttribute(specializeStepEClass, SPECIALIZE_STEP__BACKBONE_TRAINING);
		createEAttribute(specializeStepEClass, SPECIALIZE_STEP__EPOCHS);
		createEAttribute(specializeStepEClass, SPECIALIZE_STEP__PER_CLASS);

		distillStepEClass = createEClass(DISTILL_STEP);
		createEAttribute(distillStepEClass, DISTILL_STEP__STUDENT);
		createEAttribute(distillStepEClass, DISTILL_STEP__STUDENT_PARAMS);
		createEAttribute(distillStepEClass, DISTILL_STEP__EPOCHS);
		createEAttribute(distillStepEClass, DISTILL_STEP__TEMPERATURE);
		createEAttribute(distillStepEClass, DISTILL_STEP__ALPHA);
		createEAttribute(distillStepEClass, DISTILL_STEP__PER_CLASS);
		createEAttribute(distillStepEClass, DISTILL_STEP__AUGMENT);

		pruneStepEClass = createEClass(PRUNE_STEP);
		createEAttribute(pruneStepEClass, PRUNE_STEP__STRUCTURE);
		createEAttribute(pruneStepEClass, PRUNE_STEP__RATIO);
		createEAttribute(pruneStepEClass, PRUNE_STEP__NORM);
		createEAttribute(pruneStepEClass, PRUNE_STEP__PER_LAYER);
		createEAttribute(pruneStepEClass, PRUNE_STEP__EXCLUDES);

		retrainStepEClass = createEClass(RETRAIN_STEP);
		createEAttribute(retrainStepEClass, RETRAIN_STEP__EPOCHS);
		createEAttribute(retrainStepEClass, RETRAIN_STEP__LEARNING_RATE);
		createEAttribute(retrainStepEClass, RETRAIN_STEP__BATCH);

		quantizeStepEClass = createEClass(QUANTIZE_STEP);
		createEAttribute(quantizeStepEClass, QUANTIZE_STEP__MODE);
		createEAttribute(quantizeStepEClass, QUANTIZE_STEP__METHOD);
		createEAttribute(quantizeStepEClass, QUANTIZE_STEP__PERCENTILE);
		createEAttribute(quantizeStepEClass, QUANTIZE_STEP__BUDGET_DB);
		createEAttribute(quantizeStepEClass, QUANTIZE_STEP__EQUALIZE);
		createEAttribute(quantizeStepEClass, QUANTIZE_STEP__WEIGHT_ROUNDING);
		createEAttribute(quantizeStepEClass, QUANTIZE_STEP__BIAS_CORRECTION);
		createEAttribute(quantizeStepEClass, QUANTIZE_STEP__EXCLUDES);

		optimizeStepEClass = createEClass(OPTIMIZE_STEP);
		createEAttribute(optimizeStepEClass, OPTIMIZE_STEP__LEVEL);

		measureStepEClass = createEClass(MEASURE_STEP);
		createEAttribute(measureStepEClass, MEASURE_STEP__REFERENCE);

		evaluateStepEClass = createEClass(EVALUATE_STEP);
		createEAttribute(evaluateStepEClass, EVALUATE_STEP__TENSORS);

		benchmarkStepEClass = createEClass(BENCHMARK_STEP);
		createEAttribute(benchmarkStepEClass, BENCHMARK_STEP__ROUNDS);
		createEAttribute(benchmarkStepEClass, BENCHMARK_STEP__WARMUP);
		createEAttribute(benchmarkStepEClass, BENCHMARK_STEP__MEMORY);

		variantEClass = createEClass(VARIANT);
		createEReference(variantEClass, VARIANT__STEP);
		createEAttribute(variantEClass, VARIANT__PARAMETER);
		createEAttribute(variantEClass, VARIANT__VALUES);

		searchEClass = createEClass(SEARCH);
		createEAttribute(searchEClass, SEARCH__STRATEGY);
		createEAttribute(searchEClass, SEARCH__MAX_TRIALS);
		createEAttribute(searchEClass, SEARCH__MAX_MINUTES);
		createEAttribute(searchEClass, SEARCH__SEED);

		// Create enums
		dataRoleEEnum = createEEnum(DATA_ROLE);
		layoutEEnum = createEEnum(LAYOUT);
		targetKindEEnum = createEEnum(TARGET_KIND);
		goalMetricEEnum = createEEnum(GOAL_METRIC);
		backboneTrainingEEnum = createEEnum(BACKBONE_TRAINING);
		pruneStructureEEnum = createEEnum(PRUNE_STRUCTURE);
		normEEnum = createEEnum(NORM);
		quantizeModeEEnum = createEEnum(QUANTIZE_MODE);
		rangeMethodEEnum = createEEnum(RANGE_METHOD);
		weightRoundingEEnum = createEEnum(WEIGHT_ROUNDING);
		optimizeLevelEEnum = createEEnum(OPTIMIZE_LEVEL);
		searchStrategyEEnum = createEEnum(SEARCH_STRATEGY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		specializeStepEClass.getESuperTypes().add(this.getStep());
		distillStepEClass.getESuperTypes().add(this.getStep());
		pruneStepEClass.getESuperTypes().add(this.getStep());
		retrainStepEClass.getESuperTypes().add(this.getStep());
		quantizeStepEClass.getESuperTypes().add(this.getStep());
		optimizeStepEClass.getESuperTypes().add(this.getStep());
		measureStepEClass.getESuperTypes().add(this.getStep());
		evaluateStepEClass.getESuperTypes().add(this.getMeasureStep());
		benchmarkStepEClass.getESuperTypes().add(this.getMeasureStep());

		// Initialize classes and features; add operations and parameters
		initEClass(recipeEClass, Recipe.class, "Recipe", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecipe_FormatVersion(), ecorePackage.getEInt(), "formatVersion", null, 0, 1, Recipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecipe_Name(), ecorePackage.getEString(), "name", null, 0, 1, Recipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecipe_Description(), ecorePackage.getEString(), "description", null, 0, 1, Recipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecipe_SourceModel(), ecorePackage.getEString(), "sourceModel", null, 0, 1, Recipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecipe_DataSets(), this.getDataSet(), null, "dataSets", null, 0, -1, Recipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecipe_Target(), this.getTarget(), null, "target", null, 0, 1, Recipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecipe_Goals(), this.getGoal(), null, "goals", null, 0, -1, Recipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecipe_Steps(), this.getStep(), null, "steps", null, 0, -1, Recipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecipe_Variants(), this.getVariant(), null, "variants", null, 0, -1, Recipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecipe_Search(), this.getSearch(), null, "search", null, 0, 1, Recipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dataSetEClass, DataSet.class, "DataSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDataSet_Role(), this.getDataRole(), "role", null, 0, 1, DataSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSet_Path(), ecorePackage.getEString(), "path", null, 0, 1, DataSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSet_Labelled(), ecorePackage.getEBoolean(), "labelled", null, 0, 1, DataSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSet_Width(), ecorePackage.getEInt(), "width", null, 0, 1, DataSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSet_Height(), ecorePackage.getEInt(), "height", null, 0, 1, DataSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSet_Scale(), ecorePackage.getEDouble(), "scale", "0.00392156862745098", 0, 1, DataSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSet_Mean(), ecorePackage.getEString(), "mean", null, 0, 1, DataSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSet_Std(), ecorePackage.getEString(), "std", null, 0, 1, DataSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSet_Layout(), this.getLayout(), "layout", null, 0, 1, DataSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSet_Limit(), ecorePackage.getEInt(), "limit", null, 0, 1, DataSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(targetEClass, Target.class, "Target", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTarget_Kind(), this.getTargetKind(), "kind", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTarget_Board(), ecorePackage.getEString(), "board", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTarget_Threads(), ecorePackage.getEInt(), "threads", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(goalEClass, Goal.class, "Goal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGoal_Metric(), this.getGoalMetric(), "metric", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGoal_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGoal_Relative(), ecorePackage.getEBoolean(), "relative", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepEClass, Step.class, "Step", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStep_Name(), ecorePackage.getEString(), "name", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(specializeStepEClass, SpecializeStep.class, "SpecializeStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSpecializeStep_Cut(), ecorePackage.getEString(), "cut", null, 0, 1, SpecializeStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpecializeStep_Head(), ecorePackage.getEString(), "head", "linear", 0, 1, SpecializeStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpecializeStep_BackboneTraining(), this.getBackboneTraining(), "backboneTraining", null, 0, 1, SpecializeStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpecializeStep_Epochs(), ecorePackage.getEInt(), "epochs", "10", 0, 1, SpecializeStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpecializeStep_PerClass(), ecorePackage.getEInt(), "perClass", null, 0, 1, SpecializeStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(distillStepEClass, DistillStep.class, "DistillStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDistillStep_Student(), ecorePackage.getEString(), "student", "cnn", 0, 1, DistillStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistillStep_StudentParams(), ecorePackage.getEString(), "studentParams", null, 0, -1, DistillStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistillStep_Epochs(), ecorePackage.getEInt(), "epochs", "10", 0, 1, DistillStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistillStep_Temperature(), ecorePackage.getEDouble(), "temperature", "4", 0, 1, DistillStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistillStep_Alpha(), ecorePackage.getEDouble(), "alpha", "0.7", 0, 1, DistillStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistillStep_PerClass(), ecorePackage.getEInt(), "perClass", null, 0, 1, DistillStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistillStep_Augment(), ecorePackage.getEString(), "augment", null, 0, 1, DistillStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pruneStepEClass, PruneStep.class, "PruneStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPruneStep_Structure(), this.getPruneStructure(), "structure", null, 0, 1, PruneStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPruneStep_Ratio(), ecorePackage.getEDouble(), "ratio", "0.3", 0, 1, PruneStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPruneStep_Norm(), this.getNorm(), "norm", null, 0, 1, PruneStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPruneStep_PerLayer(), ecorePackage.getEBoolean(), "perLayer", null, 0, 1, PruneStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPruneStep_Excludes(), ecorePackage.getEString(), "excludes", null, 0, -1, PruneStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(retrainStepEClass, RetrainStep.class, "RetrainStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRetrainStep_Epochs(), ecorePackage.getEInt(), "epochs", "3", 0, 1, RetrainStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetrainStep_LearningRate(), ecorePackage.getEDouble(), "learningRate", "0.001", 0, 1, RetrainStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetrainStep_Batch(), ecorePackage.getEInt(), "batch", "32", 0, 1, RetrainStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(quantizeStepEClass, QuantizeStep.class, "QuantizeStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQuantizeStep_Mode(), this.getQuantizeMode(), "mode", null, 0, 1, QuantizeStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuantizeStep_Method(), this.getRangeMethod(), "method", null, 0, 1, QuantizeStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuantizeStep_Percentile(), ecorePackage.getEDouble(), "percentile", "99.99", 0, 1, QuantizeStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuantizeStep_BudgetDb(), ecorePackage.getEDouble(), "budgetDb", "25", 0, 1, QuantizeStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuantizeStep_Equalize(), ecorePackage.getEBoolean(), "equalize", null, 0, 1, QuantizeStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuantizeStep_WeightRounding(), this.getWeightRounding(), "weightRounding", null, 0, 1, QuantizeStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuantizeStep_BiasCorrection(), ecorePackage.getEBoolean(), "biasCorrection", null, 0, 1, QuantizeStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuantizeStep_Excludes(), ecorePackage.getEString(), "excludes", null, 0, -1, QuantizeStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(optimizeStepEClass, OptimizeStep.class, "OptimizeStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOptimizeStep_Level(), this.getOptimizeLevel(), "level", null, 0, 1, OptimizeStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(measureStepEClass, MeasureStep.class, "MeasureStep", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeasureStep_Reference(), ecorePackage.getEString(), "reference", null, 0, 1, MeasureStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evaluateStepEClass, EvaluateStep.class, "EvaluateStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvaluateStep_Tensors(), ecorePackage.getEString(), "tensors", null, 0, -1, EvaluateStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(benchmarkStepEClass, BenchmarkStep.class, "BenchmarkStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBenchmarkStep_Rounds(), ecorePackage.getEInt(), "rounds", "20", 0, 1, BenchmarkStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBenchmarkStep_Warmup(), ecorePackage.getEInt(), "warmup", "3", 0, 1, BenchmarkStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBenchmarkStep_Memory(), ecorePackage.getEBoolean(), "memory", null, 0, 1, BenchmarkStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(variantEClass, Variant.class, "Variant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getVariant_Step(), this.getStep(), null, "step", null, 1, 1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVariant_Parameter(), ecorePackage.getEString(), "parameter", null, 0, 1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVariant_Values(), ecorePackage.getEString(), "values", null, 0, -1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(searchEClass, Search.class, "Search", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSearch_Strategy(), this.getSearchStrategy(), "strategy", null, 0, 1, Search.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSearch_MaxTrials(), ecorePackage.getEInt(), "maxTrials", null, 0, 1, Search.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSearch_MaxMinutes(), ecorePackage.getEInt(), "maxMinutes", null, 0, 1, Search.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSearch_Seed(), ecorePackage.getELong(), "seed", "1", 0, 1, Search.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(dataRoleEEnum, DataRole.class, "DataRole");
		addEEnumLiteral(dataRoleEEnum, DataRole.CALIBRATION);
		addEEnumLiteral(dataRoleEEnum, DataRole.VALIDATION);
		addEEnumLiteral(dataRoleEEnum, DataRole.TRAIN);

		initEEnum(layoutEEnum, Layout.class, "Layout");
		addEEnumLiteral(layoutEEnum, Layout.AUTO);
		addEEnumLiteral(layoutEEnum, Layout.NCHW);
		addEEnumLiteral(layoutEEnum, Layout.NHWC);

		initEEnum(targetKindEEnum, TargetKind.class, "TargetKind");
		addEEnumLiteral(targetKindEEnum, TargetKind.THIS_MACHINE);
		addEEnumLiteral(targetKindEEnum, TargetKind.BOARD);

		initEEnum(goalMetricEEnum, GoalMetric.class, "GoalMetric");
		addEEnumLiteral(goalMetricEEnum, GoalMetric.MIN_FIDELITY);
		addEEnumLiteral(goalMetricEEnum, GoalMetric.MAX_ACCURACY_DROP);
		addEEnumLiteral(goalMetricEEnum, GoalMetric.MIN_SPEEDUP);
		addEEnumLiteral(goalMetricEEnum, GoalMetric.MAX_LATENCY);
		addEEnumLiteral(goalMetricEEnum, GoalMetric.MAX_SIZE);
		addEEnumLiteral(goalMetricEEnum, GoalMetric.MAX_PEAK_MEMORY);

		initEEnum(backboneTrainingEEnum, BackboneTraining.class, "BackboneTraining");
		addEEnumLiteral(backboneTrainingEEnum, BackboneTraining.FROZEN);
		addEEnumLiteral(backboneTrainingEEnum, BackboneTraining.PRETRAINED);
		addEEnumLiteral(backboneTrainingEEnum, BackboneTraining.SCRATCH);

		initEEnum(pruneStructureEEnum, PruneStructure.class, "PruneStructure");
		addEEnumLiteral(pruneStructureEEnum, PruneStructure.CHANNELS);
		addEEnumLiteral(pruneStructureEEnum, PruneStructure.WEIGHTS);

		initEEnum(normEEnum, Norm.class, "Norm");
		addEEnumLiteral(normEEnum, Norm.L1);
		addEEnumLiteral(normEEnum, Norm.L2);

		initEEnum(quantizeModeEEnum, QuantizeMode.class, "QuantizeMode");
		addEEnumLiteral(quantizeModeEEnum, QuantizeMode.NONE);
		addEEnumLiteral(quantizeModeEEnum, QuantizeMode.DYNAMIC);
		addEEnumLiteral(quantizeModeEEnum, QuantizeMode.STATIC);
		addEEnumLiteral(quantizeModeEEnum, QuantizeMode.MIXED);
		addEEnumLiteral(quantizeModeEEnum, QuantizeMode.FLOAT16);

		initEEnum(rangeMethodEEnum, RangeMethod.class, "RangeMethod");
		addEEnumLiteral(rangeMethodEEnum, RangeMethod.MINMAX);
		addEEnumLiteral(rangeMethodEEnum, RangeMethod.ENTROPY);
		addEEnumLiteral(rangeMethodEEnum, RangeMethod.PERCENTILE);

		initEEnum(weightRoundingEEnum, WeightRounding.class, "WeightRounding");
		addEEnumLiteral(weightRoundingEEnum, WeightRounding.NEAREST);
		addEEnumLiteral(weightRoundingEEnum, WeightRounding.GPTQ);
		addEEnumLiteral(weightRoundingEEnum, WeightRounding.REFIT);

		initEEnum(optimizeLevelEEnum, OptimizeLevel.class, "OptimizeLevel");
		addEEnumLiteral(optimizeLevelEEnum, OptimizeLevel.BASIC);
		addEEnumLiteral(optimizeLevelEEnum, OptimizeLevel.EXTENDED);

		initEEnum(searchStrategyEEnum, SearchStrategy.class, "SearchStrategy");
		addEEnumLiteral(searchStrategyEEnum, SearchStrategy.EXHAUSTIVE);
		addEEnumLiteral(searchStrategyEEnum, SearchStrategy.RANDOM);
		addEEnumLiteral(searchStrategyEEnum, SearchStrategy.EVOLUTIONARY);

		// Create resource
		createResource(eNS_URI);
	}

} //RecipePackageImpl
