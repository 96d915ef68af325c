/**
 */
package io.medli.recipe;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see io.medli.recipe.RecipeFactory
 * @model kind="package"
 * @generated
 */
public interface RecipePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "recipe";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://medli.io/recipe";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "recipe";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RecipePackage eINSTANCE = io.medli.recipe.impl.RecipePackageImpl.init();

	/**
	 * The meta object id for the '{@link io.medli.recipe.impl.RecipeImpl <em>Recipe</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.impl.RecipeImpl
	 * @see io.medli.recipe.impl.RecipePackageImpl#getRecipe()
	 * @generated
	 */
	int RECIPE = 0;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE__FORMAT_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Source Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE__SOURCE_MODEL = 3;

	/**
	 * The feature id for the '<em><b>Data Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE__DATA_SETS = 4;

	/**
	 * The feature id for the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE__TARGET = 5;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE__GOALS = 6;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE__STEPS = 7;

	/**
	 * The feature id for the '<em><b>Variants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE__VARIANTS = 8;

	/**
	 * The feature id for the '<em><b>Search</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE__SEARCH = 9;

	/**
	 * The number of structural features of the '<em>Recipe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_FEATURE_COUNT = 10;

	/**
	 * The meta object id for the '{@link io.medli.recipe.impl.DataSetImpl <em>Data Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.impl.DataSetImpl
	 * @see io.medli.recipe.impl.RecipePackageImpl#getDataSet()
	 * @generated
	 */
	int DATA_SET = 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET__ROLE = 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET__PATH = 1;

	/**
	 * The feature id for the '<em><b>Labelled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET__LABELLED = 2;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET__WIDTH = 3;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET__HEIGHT = 4;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET__SCALE = 5;

	/**
	 * The feature id for the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET__MEAN = 6;

	/**
	 * The feature id for the '<em><b>Std</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET__STD = 7;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET__LAYOUT = 8;

	/**
	 * The feature id for the '<em><b>Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET__LIMIT = 9;

	/**
	 * The number of structural features of the '<em>Data Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET_FEATURE_COUNT = 10;

	/**
	 * The meta object id for the '{@link io.medli.recipe.impl.TargetImpl <em>Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.impl.TargetImpl
	 * @see io.medli.recipe.impl.RecipePackageImpl#getTarget()
	 * @generated
	 */
	int TARGET = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__KIND = 0;

	/**
	 * The feature id for the '<em><b>Board</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__BOARD = 1;

	/**
	 * The feature id for the '<em><b>Threads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__THREADS = 2;

	/**
	 * The number of structural features of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.medli.recipe.impl.GoalImpl <em>Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.impl.GoalImpl
	 * @see io.medli.recipe.impl.RecipePackageImpl#getGoal()
	 * @generated
	 */
	int GOAL = 3;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__METRIC = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Relative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__RELATIVE = 2;

	/**
	 * The number of structural features of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.medli.recipe.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.impl.StepImpl
	 * @see io.medli.recipe.impl.RecipePackageImpl#getStep()
	 * @generated
	 */
	int STEP = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__NAME = 0;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__ENABLED = 1;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.medli.recipe.impl.SpecializeStepImpl <em>Specialize Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.impl.SpecializeStepImpl
	 * @see io.medli.recipe.impl.RecipePackageImpl#getSpecializeStep()
	 * @generated
	 */
	int SPECIALIZE_STEP = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIALIZE_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIALIZE_STEP__ENABLED = STEP__ENABLED;

	/**
	 * The feature id for the '<em><b>Cut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIALIZE_STEP__CUT = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIALIZE_STEP__HEAD = STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Backbone Training</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIALIZE_STEP__BACKBONE_TRAINING = STEP_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIALIZE_STEP__EPOCHS = STEP_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Per Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIALIZE_STEP__PER_CLASS = STEP_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Specialize Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIALIZE_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 5;

	/**
	 * The meta object id for the '{@link io.medli.recipe.impl.DistillStepImpl <em>Distill Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.impl.DistillStepImpl
	 * @see io.medli.recipe.impl.RecipePackageImpl#getDistillStep()
	 * @generated
	 */
	int DISTILL_STEP = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILL_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILL_STEP__ENABLED = STEP__ENABLED;

	/**
	 * The feature id for the '<em><b>Student</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILL_STEP__STUDENT = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Student Params</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILL_STEP__STUDENT_PARAMS = STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILL_STEP__EPOCHS = STEP_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Temperature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILL_STEP__TEMPERATURE = STEP_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Alpha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILL_STEP__ALPHA = STEP_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Per Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILL_STEP__PER_CLASS = STEP_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Augment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILL_STEP__AUGMENT = STEP_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Distill Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILL_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 7;

	/**
	 * The meta object id for the '{@link io.medli.recipe.impl.PruneStepImpl <em>Prune Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.impl.PruneStepImpl
	 * @see io.medli.recipe.impl.RecipePackageImpl#getPruneStep()
	 * @generated
	 */
	int PRUNE_STEP = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUNE_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUNE_STEP__ENABLED = STEP__ENABLED;

	/**
	 * The feature id for the '<em><b>Structure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUNE_STEP__STRUCTURE = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ratio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUNE_STEP__RATIO = STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Norm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUNE_STEP__NORM = STEP_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Per Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUNE_STEP__PER_LAYER = STEP_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Excludes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUNE_STEP__EXCLUDES = STEP_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Prune Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUNE_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 5;

	/**
	 * The meta object id for the '{@link io.medli.recipe.impl.RetrainStepImpl <em>Retrain Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.impl.RetrainStepImpl
	 * @see io.medli.recipe.impl.RecipePackageImpl#getRetrainStep()
	 * @generated
	 */
	int RETRAIN_STEP = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETRAIN_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETRAIN_STEP__ENABLED = STEP__ENABLED;

	/**
	 * The feature id for the '<em><b>Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETRAIN_STEP__EPOCHS = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETRAIN_STEP__LEARNING_RATE = STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Batch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETRAIN_STEP__BATCH = STEP_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Retrain Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETRAIN_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link io.medli.recipe.impl.QuantizeStepImpl <em>Quantize Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.impl.QuantizeStepImpl
	 * @see io.medli.recipe.impl.RecipePackageImpl#getQuantizeStep()
	 * @generated
	 */
	int QUANTIZE_STEP = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIZE_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIZE_STEP__ENABLED = STEP__ENABLED;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIZE_STEP__MODE = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIZE_STEP__METHOD = STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Percentile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIZE_STEP__PERCENTILE = STEP_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Budget Db</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIZE_STEP__BUDGET_DB = STEP_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Equalize</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIZE_STEP__EQUALIZE = STEP_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Weight Rounding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIZE_STEP__WEIGHT_ROUNDING = STEP_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Bias Correction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIZE_STEP__BIAS_CORRECTION = STEP_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Excludes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIZE_STEP__EXCLUDES = STEP_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Quantize Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIZE_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 8;

	/**
	 * The meta object id for the '{@link io.medli.recipe.impl.OptimizeStepImpl <em>Optimize Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.impl.OptimizeStepImpl
	 * @see io.medli.recipe.impl.RecipePackageImpl#getOptimizeStep()
	 * @generated
	 */
	int OPTIMIZE_STEP = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZE_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZE_STEP__ENABLED = STEP__ENABLED;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZE_STEP__LEVEL = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Optimize Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZE_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.medli.recipe.impl.MeasureStepImpl <em>Measure Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.impl.MeasureStepImpl
	 * @see io.medli.recipe.impl.RecipePackageImpl#getMeasureStep()
	 * @generated
	 */
	int MEASURE_STEP = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_STEP__ENABLED = STEP__ENABLED;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_STEP__REFERENCE = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Measure Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.medli.recipe.impl.EvaluateStepImpl <em>Evaluate Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.impl.EvaluateStepImpl
	 * @see io.medli.recipe.impl.RecipePackageImpl#getEvaluateStep()
	 * @generated
	 */
	int EVALUATE_STEP = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATE_STEP__NAME = MEASURE_STEP__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATE_STEP__ENABLED = MEASURE_STEP__ENABLED;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATE_STEP__REFERENCE = MEASURE_STEP__REFERENCE;

	/**
	 * The feature id for the '<em><b>Tensors</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATE_STEP__TENSORS = MEASURE_STEP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Evaluate Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATE_STEP_FEATURE_COUNT = MEASURE_STEP_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.medli.recipe.impl.BenchmarkStepImpl <em>Benchmark Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.impl.BenchmarkStepImpl
	 * @see io.medli.recipe.impl.RecipePackageImpl#getBenchmarkStep()
	 * @generated
	 */
	int BENCHMARK_STEP = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENCHMARK_STEP__NAME = MEASURE_STEP__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENCHMARK_STEP__ENABLED = MEASURE_STEP__ENABLED;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENCHMARK_STEP__REFERENCE = MEASURE_STEP__REFERENCE;

	/**
	 * The feature id for the '<em><b>Rounds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENCHMARK_STEP__ROUNDS = MEASURE_STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Warmup</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENCHMARK_STEP__WARMUP = MEASURE_STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENCHMARK_STEP__MEMORY = MEASURE_STEP_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Benchmark Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENCHMARK_STEP_FEATURE_COUNT = MEASURE_STEP_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link io.medli.recipe.impl.VariantImpl <em>Variant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.impl.VariantImpl
	 * @see io.medli.recipe.impl.RecipePackageImpl#getVariant()
	 * @generated
	 */
	int VARIANT = 14;

	/**
	 * The feature id for the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__STEP = 0;

	/**
	 * The feature id for the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__PARAMETER = 1;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__VALUES = 2;

	/**
	 * The number of structural features of the '<em>Variant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.medli.recipe.impl.SearchImpl <em>Search</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.impl.SearchImpl
	 * @see io.medli.recipe.impl.RecipePackageImpl#getSearch()
	 * @generated
	 */
	int SEARCH = 15;

	/**
	 * The feature id for the '<em><b>Strategy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEARCH__STRATEGY = 0;

	/**
	 * The feature id for the '<em><b>Max Trials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEARCH__MAX_TRIALS = 1;

	/**
	 * The feature id for the '<em><b>Max Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEARCH__MAX_MINUTES = 2;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEARCH__SEED = 3;

	/**
	 * The number of structural features of the '<em>Search</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEARCH_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.medli.recipe.DataRole <em>Data Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.DataRole
	 * @see io.medli.recipe.impl.RecipePackageImpl#getDataRole()
	 * @generated
	 */
	int DATA_ROLE = 16;

	/**
	 * The meta object id for the '{@link io.medli.recipe.Layout <em>Layout</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.Layout
	 * @see io.medli.recipe.impl.RecipePackageImpl#getLayout()
	 * @generated
	 */
	int LAYOUT = 17;

	/**
	 * The meta object id for the '{@link io.medli.recipe.TargetKind <em>Target Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.TargetKind
	 * @see io.medli.recipe.impl.RecipePackageImpl#getTargetKind()
	 * @generated
	 */
	int TARGET_KIND = 18;

	/**
	 * The meta object id for the '{@link io.medli.recipe.GoalMetric <em>Goal Metric</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.GoalMetric
	 * @see io.medli.recipe.impl.RecipePackageImpl#getGoalMetric()
	 * @generated
	 */
	int GOAL_METRIC = 19;

	/**
	 * The meta object id for the '{@link io.medli.recipe.BackboneTraining <em>Backbone Training</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.BackboneTraining
	 * @see io.medli.recipe.impl.RecipePackageImpl#getBackboneTraining()
	 * @generated
	 */
	int BACKBONE_TRAINING = 20;

	/**
	 * The meta object id for the '{@link io.medli.recipe.PruneStructure <em>Prune Structure</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.PruneStructure
	 * @see io.medli.recipe.impl.RecipePackageImpl#getPruneStructure()
	 * @generated
	 */
	int PRUNE_STRUCTURE = 21;

	/**
	 * The meta object id for the '{@link io.medli.recipe.Norm <em>Norm</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.Norm
	 * @see io.medli.recipe.impl.RecipePackageImpl#getNorm()
	 * @generated
	 */
	int NORM = 22;

	/**
	 * The meta object id for the '{@link io.medli.recipe.QuantizeMode <em>Quantize Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.QuantizeMode
	 * @see io.medli.recipe.impl.RecipePackageImpl#getQuantizeMode()
	 * @generated
	 */
	int QUANTIZE_MODE = 23;

	/**
	 * The meta object id for the '{@link io.medli.recipe.RangeMethod <em>Range Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.RangeMethod
	 * @see io.medli.recipe.impl.RecipePackageImpl#getRangeMethod()
	 * @generated
	 */
	int RANGE_METHOD = 24;

	/**
	 * The meta object id for the '{@link io.medli.recipe.WeightRounding <em>Weight Rounding</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.WeightRounding
	 * @see io.medli.recipe.impl.RecipePackageImpl#getWeightRounding()
	 * @generated
	 */
	int WEIGHT_ROUNDING = 25;

	/**
	 * The meta object id for the '{@link io.medli.recipe.OptimizeLevel <em>Optimize Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.OptimizeLevel
	 * @see io.medli.recipe.impl.RecipePackageImpl#getOptimizeLevel()
	 * @generated
	 */
	int OPTIMIZE_LEVEL = 26;

	/**
	 * The meta object id for the '{@link io.medli.recipe.SearchStrategy <em>Search Strategy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medli.recipe.SearchStrategy
	 * @see io.medli.recipe.impl.RecipePackageImpl#getSearchStrategy()
	 * @generated
	 */
	int SEARCH_STRATEGY = 27;


	/**
	 * Returns the meta object for class '{@link io.medli.recipe.Recipe <em>Recipe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recipe</em>'.
	 * @see io.medli.recipe.Recipe
	 * @generated
	 */
	EClass getRecipe();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.Recipe#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see io.medli.recipe.Recipe#getFormatVersion()
	 * @see #getRecipe()
	 * @generated
	 */
	EAttribute getRecipe_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.Recipe#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.medli.recipe.Recipe#getName()
	 * @see #getRecipe()
	 * @generated
	 */
	EAttribute getRecipe_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.Recipe#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.medli.recipe.Recipe#getDescription()
	 * @see #getRecipe()
	 * @generated
	 */
	EAttribute getRecipe_Description();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.Recipe#getSourceModel <em>Source Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Model</em>'.
	 * @see io.medli.recipe.Recipe#getSourceModel()
	 * @see #getRecipe()
	 * @generated
	 */
	EAttribute getRecipe_SourceModel();

	/**
	 * Returns the meta object for the containment reference list '{@link io.medli.recipe.Recipe#getDataSets <em>Data Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Sets</em>'.
	 * @see io.medli.recipe.Recipe#getDataSets()
	 * @see #getRecipe()
	 * @generated
	 */
	EReference getRecipe_DataSets();

	/**
	 * Returns the meta object for the containment reference '{@link io.medli.recipe.Recipe#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Target</em>'.
	 * @see io.medli.recipe.Recipe#getTarget()
	 * @see #getRecipe()
	 * @generated
	 */
	EReference getRecipe_Target();

	/**
	 * Returns the meta object for the containment reference list '{@link io.medli.recipe.Recipe#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see io.medli.recipe.Recipe#getGoals()
	 * @see #getRecipe()
	 * @generated
	 */
	EReference getRecipe_Goals();

	/**
	 * Returns the meta object for the containment reference list '{@link io.medli.recipe.Recipe#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see io.medli.recipe.Recipe#getSteps()
	 * @see #getRecipe()
	 * @generated
	 */
	EReference getRecipe_Steps();

	/**
	 * Returns the meta object for the containment reference list '{@link io.medli.recipe.Recipe#getVariants <em>Variants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variants</em>'.
	 * @see io.medli.recipe.Recipe#getVariants()
	 * @see #getRecipe()
	 * @generated
	 */
	EReference getRecipe_Variants();

	/**
	 * Returns the meta object for the containment reference '{@link io.medli.recipe.Recipe#getSearch <em>Search</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Search</em>'.
	 * @see io.medli.recipe.Recipe#getSearch()
	 * @see #getRecipe()
	 * @generated
	 */
	EReference getRecipe_Search();

	/**
	 * Returns the meta object for class '{@link io.medli.recipe.DataSet <em>Data Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Set</em>'.
	 * @see io.medli.recipe.DataSet
	 * @generated
	 */
	EClass getDataSet();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.DataSet#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see io.medli.recipe.DataSet#getRole()
	 * @see #getDataSet()
	 * @generated
	 */
	EAttribute getDataSet_Role();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.DataSet#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see io.medli.recipe.DataSet#getPath()
	 * @see #getDataSet()
	 * @generated
	 */
	EAttribute getDataSet_Path();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.DataSet#isLabelled <em>Labelled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Labelled</em>'.
	 * @see io.medli.recipe.DataSet#isLabelled()
	 * @see #getDataSet()
	 * @generated
	 */
	EAttribute getDataSet_Labelled();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.DataSet#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see io.medli.recipe.DataSet#getWidth()
	 * @see #getDataSet()
	 * @generated
	 */
	EAttribute getDataSet_Width();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.DataSet#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see io.medli.recipe.DataSet#getHeight()
	 * @see #getDataSet()
	 * @generated
	 */
	EAttribute getDataSet_Height();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.DataSet#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see io.medli.recipe.DataSet#getScale()
	 * @see #getDataSet()
	 * @generated
	 */
	EAttribute getDataSet_Scale();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.DataSet#getMean <em>Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean</em>'.
	 * @see io.medli.recipe.DataSet#getMean()
	 * @see #getDataSet()
	 * @generated
	 */
	EAttribute getDataSet_Mean();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.DataSet#getStd <em>Std</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Std</em>'.
	 * @see io.medli.recipe.DataSet#getStd()
	 * @see #getDataSet()
	 * @generated
	 */
	EAttribute getDataSet_Std();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.DataSet#getLayout <em>Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layout</em>'.
	 * @see io.medli.recipe.DataSet#getLayout()
	 * @see #getDataSet()
	 * @generated
	 */
	EAttribute getDataSet_Layout();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.DataSet#getLimit <em>Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Limit</em>'.
	 * @see io.medli.recipe.DataSet#getLimit()
	 * @see #getDataSet()
	 * @generated
	 */
	EAttribute getDataSet_Limit();

	/**
	 * Returns the meta object for class '{@link io.medli.recipe.Target <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target</em>'.
	 * @see io.medli.recipe.Target
	 * @generated
	 */
	EClass getTarget();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.Target#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.medli.recipe.Target#getKind()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.Target#getBoard <em>Board</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Board</em>'.
	 * @see io.medli.recipe.Target#getBoard()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Board();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.Target#getThreads <em>Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threads</em>'.
	 * @see io.medli.recipe.Target#getThreads()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Threads();

	/**
	 * Returns the meta object for class '{@link io.medli.recipe.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal</em>'.
	 * @see io.medli.recipe.Goal
	 * @generated
	 */
	EClass getGoal();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.Goal#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see io.medli.recipe.Goal#getMetric()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Metric();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.Goal#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.medli.recipe.Goal#getValue()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Value();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.Goal#isRelative <em>Relative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relative</em>'.
	 * @see io.medli.recipe.Goal#isRelative()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Relative();

	/**
	 * Returns the meta object for class '{@link io.medli.recipe.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see io.medli.recipe.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.Step#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.medli.recipe.Step#getName()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.Step#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see io.medli.recipe.Step#isEnabled()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Enabled();

	/**
	 * Returns the meta object for class '{@link io.medli.recipe.SpecializeStep <em>Specialize Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Specialize Step</em>'.
	 * @see io.medli.recipe.SpecializeStep
	 * @generated
	 */
	EClass getSpecializeStep();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.SpecializeStep#getCut <em>Cut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cut</em>'.
	 * @see io.medli.recipe.SpecializeStep#getCut()
	 * @see #getSpecializeStep()
	 * @generated
	 */
	EAttribute getSpecializeStep_Cut();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.SpecializeStep#getHead <em>Head</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Head</em>'.
	 * @see io.medli.recipe.SpecializeStep#getHead()
	 * @see #getSpecializeStep()
	 * @generated
	 */
	EAttribute getSpecializeStep_Head();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.SpecializeStep#getBackboneTraining <em>Backbone Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backbone Training</em>'.
	 * @see io.medli.recipe.SpecializeStep#getBackboneTraining()
	 * @see #getSpecializeStep()
	 * @generated
	 */
	EAttribute getSpecializeStep_BackboneTraining();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.SpecializeStep#getEpochs <em>Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epochs</em>'.
	 * @see io.medli.recipe.SpecializeStep#getEpochs()
	 * @see #getSpecializeStep()
	 * @generated
	 */
	EAttribute getSpecializeStep_Epochs();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.SpecializeStep#getPerClass <em>Per Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Per Class</em>'.
	 * @see io.medli.recipe.SpecializeStep#getPerClass()
	 * @see #getSpecializeStep()
	 * @generated
	 */
	EAttribute getSpecializeStep_PerClass();

	/**
	 * Returns the meta object for class '{@link io.medli.recipe.DistillStep <em>Distill Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Distill Step</em>'.
	 * @see io.medli.recipe.DistillStep
	 * @generated
	 */
	EClass getDistillStep();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.DistillStep#getStudent <em>Student</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Student</em>'.
	 * @see io.medli.recipe.DistillStep#getStudent()
	 * @see #getDistillStep()
	 * @generated
	 */
	EAttribute getDistillStep_Student();

	/**
	 * Returns the meta object for the attribute list '{@link io.medli.recipe.DistillStep#getStudentParams <em>Student Params</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Student Params</em>'.
	 * @see io.medli.recipe.DistillStep#getStudentParams()
	 * @see #getDistillStep()
	 * @generated
	 */
	EAttribute getDistillStep_StudentParams();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.DistillStep#getEpochs <em>Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epochs</em>'.
	 * @see io.medli.recipe.DistillStep#getEpochs()
	 * @see #getDistillStep()
	 * @generated
	 */
	EAttribute getDistillStep_Epochs();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.DistillStep#getTemperature <em>Temperature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Temperature</em>'.
	 * @see io.medli.recipe.DistillStep#getTemperature()
	 * @see #getDistillStep()
	 * @generated
	 */
	EAttribute getDistillStep_Temperature();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.DistillStep#getAlpha <em>Alpha</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alpha</em>'.
	 * @see io.medli.recipe.DistillStep#getAlpha()
	 * @see #getDistillStep()
	 * @generated
	 */
	EAttribute getDistillStep_Alpha();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.DistillStep#getPerClass <em>Per Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Per Class</em>'.
	 * @see io.medli.recipe.DistillStep#getPerClass()
	 * @see #getDistillStep()
	 * @generated
	 */
	EAttribute getDistillStep_PerClass();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.DistillStep#getAugment <em>Augment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Augment</em>'.
	 * @see io.medli.recipe.DistillStep#getAugment()
	 * @see #getDistillStep()
	 * @generated
	 */
	EAttribute getDistillStep_Augment();

	/**
	 * Returns the meta object for class '{@link io.medli.recipe.PruneStep <em>Prune Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Prune Step</em>'.
	 * @see io.medli.recipe.PruneStep
	 * @generated
	 */
	EClass getPruneStep();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.PruneStep#getStructure <em>Structure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Structure</em>'.
	 * @see io.medli.recipe.PruneStep#getStructure()
	 * @see #getPruneStep()
	 * @generated
	 */
	EAttribute getPruneStep_Structure();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.PruneStep#getRatio <em>Ratio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ratio</em>'.
	 * @see io.medli.recipe.PruneStep#getRatio()
	 * @see #getPruneStep()
	 * @generated
	 */
	EAttribute getPruneStep_Ratio();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.PruneStep#getNorm <em>Norm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Norm</em>'.
	 * @see io.medli.recipe.PruneStep#getNorm()
	 * @see #getPruneStep()
	 * @generated
	 */
	EAttribute getPruneStep_Norm();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.PruneStep#isPerLayer <em>Per Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Per Layer</em>'.
	 * @see io.medli.recipe.PruneStep#isPerLayer()
	 * @see #getPruneStep()
	 * @generated
	 */
	EAttribute getPruneStep_PerLayer();

	/**
	 * Returns the meta object for the attribute list '{@link io.medli.recipe.PruneStep#getExcludes <em>Excludes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Excludes</em>'.
	 * @see io.medli.recipe.PruneStep#getExcludes()
	 * @see #getPruneStep()
	 * @generated
	 */
	EAttribute getPruneStep_Excludes();

	/**
	 * Returns the meta object for class '{@link io.medli.recipe.RetrainStep <em>Retrain Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Retrain Step</em>'.
	 * @see io.medli.recipe.RetrainStep
	 * @generated
	 */
	EClass getRetrainStep();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.RetrainStep#getEpochs <em>Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epochs</em>'.
	 * @see io.medli.recipe.RetrainStep#getEpochs()
	 * @see #getRetrainStep()
	 * @generated
	 */
	EAttribute getRetrainStep_Epochs();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.RetrainStep#getLearningRate <em>Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Rate</em>'.
	 * @see io.medli.recipe.RetrainStep#getLearningRate()
	 * @see #getRetrainStep()
	 * @generated
	 */
	EAttribute getRetrainStep_LearningRate();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.RetrainStep#getBatch <em>Batch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch</em>'.
	 * @see io.medli.recipe.RetrainStep#getBatch()
	 * @see #getRetrainStep()
	 * @generated
	 */
	EAttribute getRetrainStep_Batch();

	/**
	 * Returns the meta object for class '{@link io.medli.recipe.QuantizeStep <em>Quantize Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quantize Step</em>'.
	 * @see io.medli.recipe.QuantizeStep
	 * @generated
	 */
	EClass getQuantizeStep();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.QuantizeStep#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see io.medli.recipe.QuantizeStep#getMode()
	 * @see #getQuantizeStep()
	 * @generated
	 */
	EAttribute getQuantizeStep_Mode();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.QuantizeStep#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see io.medli.recipe.QuantizeStep#getMethod()
	 * @see #getQuantizeStep()
	 * @generated
	 */
	EAttribute getQuantizeStep_Method();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.QuantizeStep#getPercentile <em>Percentile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percentile</em>'.
	 * @see io.medli.recipe.QuantizeStep#getPercentile()
	 * @see #getQuantizeStep()
	 * @generated
	 */
	EAttribute getQuantizeStep_Percentile();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.QuantizeStep#getBudgetDb <em>Budget Db</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Db</em>'.
	 * @see io.medli.recipe.QuantizeStep#getBudgetDb()
	 * @see #getQuantizeStep()
	 * @generated
	 */
	EAttribute getQuantizeStep_BudgetDb();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.QuantizeStep#isEqualize <em>Equalize</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Equalize</em>'.
	 * @see io.medli.recipe.QuantizeStep#isEqualize()
	 * @see #getQuantizeStep()
	 * @generated
	 */
	EAttribute getQuantizeStep_Equalize();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.QuantizeStep#getWeightRounding <em>Weight Rounding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Rounding</em>'.
	 * @see io.medli.recipe.QuantizeStep#getWeightRounding()
	 * @see #getQuantizeStep()
	 * @generated
	 */
	EAttribute getQuantizeStep_WeightRounding();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.QuantizeStep#isBiasCorrection <em>Bias Correction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bias Correction</em>'.
	 * @see io.medli.recipe.QuantizeStep#isBiasCorrection()
	 * @see #getQuantizeStep()
	 * @generated
	 */
	EAttribute getQuantizeStep_BiasCorrection();

	/**
	 * Returns the meta object for the attribute list '{@link io.medli.recipe.QuantizeStep#getExcludes <em>Excludes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Excludes</em>'.
	 * @see io.medli.recipe.QuantizeStep#getExcludes()
	 * @see #getQuantizeStep()
	 * @generated
	 */
	EAttribute getQuantizeStep_Excludes();

	/**
	 * Returns the meta object for class '{@link io.medli.recipe.OptimizeStep <em>Optimize Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Optimize Step</em>'.
	 * @see io.medli.recipe.OptimizeStep
	 * @generated
	 */
	EClass getOptimizeStep();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.OptimizeStep#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see io.medli.recipe.OptimizeStep#getLevel()
	 * @see #getOptimizeStep()
	 * @generated
	 */
	EAttribute getOptimizeStep_Level();

	/**
	 * Returns the meta object for class '{@link io.medli.recipe.MeasureStep <em>Measure Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measure Step</em>'.
	 * @see io.medli.recipe.MeasureStep
	 * @generated
	 */
	EClass getMeasureStep();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.MeasureStep#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see io.medli.recipe.MeasureStep#getReference()
	 * @see #getMeasureStep()
	 * @generated
	 */
	EAttribute getMeasureStep_Reference();

	/**
	 * Returns the meta object for class '{@link io.medli.recipe.EvaluateStep <em>Evaluate Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evaluate Step</em>'.
	 * @see io.medli.recipe.EvaluateStep
	 * @generated
	 */
	EClass getEvaluateStep();

	/**
	 * Returns the meta object for the attribute list '{@link io.medli.recipe.EvaluateStep#getTensors <em>Tensors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tensors</em>'.
	 * @see io.medli.recipe.EvaluateStep#getTensors()
	 * @see #getEvaluateStep()
	 * @generated
	 */
	EAttribute getEvaluateStep_Tensors();

	/**
	 * Returns the meta object for class '{@link io.medli.recipe.BenchmarkStep <em>Benchmark Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Benchmark Step</em>'.
	 * @see io.medli.recipe.BenchmarkStep
	 * @generated
	 */
	EClass getBenchmarkStep();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.BenchmarkStep#getRounds <em>Rounds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rounds</em>'.
	 * @see io.medli.recipe.BenchmarkStep#getRounds()
	 * @see #getBenchmarkStep()
	 * @generated
	 */
	EAttribute getBenchmarkStep_Rounds();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.BenchmarkStep#getWarmup <em>Warmup</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Warmup</em>'.
	 * @see io.medli.recipe.BenchmarkStep#getWarmup()
	 * @see #getBenchmarkStep()
	 * @generated
	 */
	EAttribute getBenchmarkStep_Warmup();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.BenchmarkStep#isMemory <em>Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory</em>'.
	 * @see io.medli.recipe.BenchmarkStep#isMemory()
	 * @see #getBenchmarkStep()
	 * @generated
	 */
	EAttribute getBenchmarkStep_Memory();

	/**
	 * Returns the meta object for class '{@link io.medli.recipe.Variant <em>Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variant</em>'.
	 * @see io.medli.recipe.Variant
	 * @generated
	 */
	EClass getVariant();

	/**
	 * Returns the meta object for the reference '{@link io.medli.recipe.Variant#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Step</em>'.
	 * @see io.medli.recipe.Variant#getStep()
	 * @see #getVariant()
	 * @generated
	 */
	EReference getVariant_Step();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.Variant#getParameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter</em>'.
	 * @see io.medli.recipe.Variant#getParameter()
	 * @see #getVariant()
	 * @generated
	 */
	EAttribute getVariant_Parameter();

	/**
	 * Returns the meta object for the attribute list '{@link io.medli.recipe.Variant#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see io.medli.recipe.Variant#getValues()
	 * @see #getVariant()
	 * @generated
	 */
	EAttribute getVariant_Values();

	/**
	 * Returns the meta object for class '{@link io.medli.recipe.Search <em>Search</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Search</em>'.
	 * @see io.medli.recipe.Search
	 * @generated
	 */
	EClass getSearch();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.Search#getStrategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strategy</em>'.
	 * @see io.medli.recipe.Search#getStrategy()
	 * @see #getSearch()
	 * @generated
	 */
	EAttribute getSearch_Strategy();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.Search#getMaxTrials <em>Max Trials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Trials</em>'.
	 * @see io.medli.recipe.Search#getMaxTrials()
	 * @see #getSearch()
	 * @generated
	 */
	EAttribute getSearch_MaxTrials();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.Search#getMaxMinutes <em>Max Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Minutes</em>'.
	 * @see io.medli.recipe.Search#getMaxMinutes()
	 * @see #getSearch()
	 * @generated
	 */
	EAttribute getSearch_MaxMinutes();

	/**
	 * Returns the meta object for the attribute '{@link io.medli.recipe.Search#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see io.medli.recipe.Search#getSeed()
	 * @see #getSearch()
	 * @generated
	 */
	EAttribute getSearch_Seed();

	/**
	 * Returns the meta object for enum '{@link io.medli.recipe.DataRole <em>Data Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Role</em>'.
	 * @see io.medli.recipe.DataRole
	 * @generated
	 */
	EEnum getDataRole();

	/**
	 * Returns the meta object for enum '{@link io.medli.recipe.Layout <em>Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Layout</em>'.
	 * @see io.medli.recipe.Layout
	 * @generated
	 */
	EEnum getLayout();

	/**
	 * Returns the meta object for enum '{@link io.medli.recipe.TargetKind <em>Target Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Target Kind</em>'.
	 * @see io.medli.recipe.TargetKind
	 * @generated
	 */
	EEnum getTargetKind();

	/**
	 * Returns the meta object for enum '{@link io.medli.recipe.GoalMetric <em>Goal Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Goal Metric</em>'.
	 * @see io.medli.recipe.GoalMetric
	 * @generated
	 */
	EEnum getGoalMetric();

	/**
	 * Returns the meta object for enum '{@link io.medli.recipe.BackboneTraining <em>Backbone Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Backbone Training</em>'.
	 * @see io.medli.recipe.BackboneTraining
	 * @generated
	 */
	EEnum getBackboneTraining();

	/**
	 * Returns the meta object for enum '{@link io.medli.recipe.PruneStructure <em>Prune Structure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Prune Structure</em>'.
	 * @see io.medli.recipe.PruneStructure
	 * @generated
	 */
	EEnum getPruneStructure();

	/**
	 * Returns the meta object for enum '{@link io.medli.recipe.Norm <em>Norm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Norm</em>'.
	 * @see io.medli.recipe.Norm
	 * @generated
	 */
	EEnum getNorm();

	/**
	 * Returns the meta object for enum '{@link io.medli.recipe.QuantizeMode <em>Quantize Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Quantize Mode</em>'.
	 * @see io.medli.recipe.QuantizeMode
	 * @generated
	 */
	EEnum getQuantizeMode();

	/**
	 * Returns the meta object for enum '{@link io.medli.recipe.RangeMethod <em>Range Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Range Method</em>'.
	 * @see io.medli.recipe.RangeMethod
	 * @generated
	 */
	EEnum getRangeMethod();

	/**
	 * Returns the meta object for enum '{@link io.medli.recipe.WeightRounding <em>Weight Rounding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Weight Rounding</em>'.
	 * @see io.medli.recipe.WeightRounding
	 * @generated
	 */
	EEnum getWeightRounding();

	/**
	 * Returns the meta object for enum '{@link io.medli.recipe.OptimizeLevel <em>Optimize Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Optimize Level</em>'.
	 * @see io.medli.recipe.OptimizeLevel
	 * @generated
	 */
	EEnum getOptimizeLevel();

	/**
	 * Returns the meta object for enum '{@link io.medli.recipe.SearchStrategy <em>Search Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Search Strategy</em>'.
	 * @see io.medli.recipe.SearchStrategy
	 * @generated
	 */
	EEnum getSearchStrategy();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RecipeFactory getRecipeFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.medli.recipe.impl.RecipeImpl <em>Recipe</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.impl.RecipeImpl
		 * @see io.medli.recipe.impl.RecipePackageImpl#getRecipe()
		 * @generated
		 */
		EClass RECIPE = eINSTANCE.getRecipe();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECIPE__FORMAT_VERSION = eINSTANCE.getRecipe_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECIPE__NAME = eINSTANCE.getRecipe_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECIPE__DESCRIPTION = eINSTANCE.getRecipe_Description();

		/**
		 * The meta object literal for the '<em><b>Source Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECIPE__SOURCE_MODEL = eINSTANCE.getRecipe_SourceModel();

		/**
		 * The meta object literal for the '<em><b>Data Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECIPE__DATA_SETS = eINSTANCE.getRecipe_DataSets();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECIPE__TARGET = eINSTANCE.getRecipe_Target();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECIPE__GOALS = eINSTANCE.getRecipe_Goals();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECIPE__STEPS = eINSTANCE.getRecipe_Steps();

		/**
		 * The meta object literal for the '<em><b>Variants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECIPE__VARIANTS = eINSTANCE.getRecipe_Variants();

		/**
		 * The meta object literal for the '<em><b>Search</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECIPE__SEARCH = eINSTANCE.getRecipe_Search();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.impl.DataSetImpl <em>Data Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.impl.DataSetImpl
		 * @see io.medli.recipe.impl.RecipePackageImpl#getDataSet()
		 * @generated
		 */
		EClass DATA_SET = eINSTANCE.getDataSet();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SET__ROLE = eINSTANCE.getDataSet_Role();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SET__PATH = eINSTANCE.getDataSet_Path();

		/**
		 * The meta object literal for the '<em><b>Labelled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SET__LABELLED = eINSTANCE.getDataSet_Labelled();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SET__WIDTH = eINSTANCE.getDataSet_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SET__HEIGHT = eINSTANCE.getDataSet_Height();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SET__SCALE = eINSTANCE.getDataSet_Scale();

		/**
		 * The meta object literal for the '<em><b>Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SET__MEAN = eINSTANCE.getDataSet_Mean();

		/**
		 * The meta object literal for the '<em><b>Std</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SET__STD = eINSTANCE.getDataSet_Std();

		/**
		 * The meta object literal for the '<em><b>Layout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SET__LAYOUT = eINSTANCE.getDataSet_Layout();

		/**
		 * The meta object literal for the '<em><b>Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SET__LIMIT = eINSTANCE.getDataSet_Limit();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.impl.TargetImpl <em>Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.impl.TargetImpl
		 * @see io.medli.recipe.impl.RecipePackageImpl#getTarget()
		 * @generated
		 */
		EClass TARGET = eINSTANCE.getTarget();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__KIND = eINSTANCE.getTarget_Kind();

		/**
		 * The meta object literal for the '<em><b>Board</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__BOARD = eINSTANCE.getTarget_Board();

		/**
		 * The meta object literal for the '<em><b>Threads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__THREADS = eINSTANCE.getTarget_Threads();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.impl.GoalImpl <em>Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.impl.GoalImpl
		 * @see io.medli.recipe.impl.RecipePackageImpl#getGoal()
		 * @generated
		 */
		EClass GOAL = eINSTANCE.getGoal();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__METRIC = eINSTANCE.getGoal_Metric();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__VALUE = eINSTANCE.getGoal_Value();

		/**
		 * The meta object literal for the '<em><b>Relative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__RELATIVE = eINSTANCE.getGoal_Relative();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.impl.StepImpl
		 * @see io.medli.recipe.impl.RecipePackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__NAME = eINSTANCE.getStep_Name();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__ENABLED = eINSTANCE.getStep_Enabled();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.impl.SpecializeStepImpl <em>Specialize Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.impl.SpecializeStepImpl
		 * @see io.medli.recipe.impl.RecipePackageImpl#getSpecializeStep()
		 * @generated
		 */
		EClass SPECIALIZE_STEP = eINSTANCE.getSpecializeStep();

		/**
		 * The meta object literal for the '<em><b>Cut</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPECIALIZE_STEP__CUT = eINSTANCE.getSpecializeStep_Cut();

		/**
		 * The meta object literal for the '<em><b>Head</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPECIALIZE_STEP__HEAD = eINSTANCE.getSpecializeStep_Head();

		/**
		 * The meta object literal for the '<em><b>Backbone Training</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPECIALIZE_STEP__BACKBONE_TRAINING = eINSTANCE.getSpecializeStep_BackboneTraining();

		/**
		 * The meta object literal for the '<em><b>Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPECIALIZE_STEP__EPOCHS = eINSTANCE.getSpecializeStep_Epochs();

		/**
		 * The meta object literal for the '<em><b>Per Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPECIALIZE_STEP__PER_CLASS = eINSTANCE.getSpecializeStep_PerClass();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.impl.DistillStepImpl <em>Distill Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.impl.DistillStepImpl
		 * @see io.medli.recipe.impl.RecipePackageImpl#getDistillStep()
		 * @generated
		 */
		EClass DISTILL_STEP = eINSTANCE.getDistillStep();

		/**
		 * The meta object literal for the '<em><b>Student</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTILL_STEP__STUDENT = eINSTANCE.getDistillStep_Student();

		/**
		 * The meta object literal for the '<em><b>Student Params</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTILL_STEP__STUDENT_PARAMS = eINSTANCE.getDistillStep_StudentParams();

		/**
		 * The meta object literal for the '<em><b>Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTILL_STEP__EPOCHS = eINSTANCE.getDistillStep_Epochs();

		/**
		 * The meta object literal for the '<em><b>Temperature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTILL_STEP__TEMPERATURE = eINSTANCE.getDistillStep_Temperature();

		/**
		 * The meta object literal for the '<em><b>Alpha</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTILL_STEP__ALPHA = eINSTANCE.getDistillStep_Alpha();

		/**
		 * The meta object literal for the '<em><b>Per Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTILL_STEP__PER_CLASS = eINSTANCE.getDistillStep_PerClass();

		/**
		 * The meta object literal for the '<em><b>Augment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTILL_STEP__AUGMENT = eINSTANCE.getDistillStep_Augment();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.impl.PruneStepImpl <em>Prune Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.impl.PruneStepImpl
		 * @see io.medli.recipe.impl.RecipePackageImpl#getPruneStep()
		 * @generated
		 */
		EClass PRUNE_STEP = eINSTANCE.getPruneStep();

		/**
		 * The meta object literal for the '<em><b>Structure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRUNE_STEP__STRUCTURE = eINSTANCE.getPruneStep_Structure();

		/**
		 * The meta object literal for the '<em><b>Ratio</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRUNE_STEP__RATIO = eINSTANCE.getPruneStep_Ratio();

		/**
		 * The meta object literal for the '<em><b>Norm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRUNE_STEP__NORM = eINSTANCE.getPruneStep_Norm();

		/**
		 * The meta object literal for the '<em><b>Per Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRUNE_STEP__PER_LAYER = eINSTANCE.getPruneStep_PerLayer();

		/**
		 * The meta object literal for the '<em><b>Excludes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRUNE_STEP__EXCLUDES = eINSTANCE.getPruneStep_Excludes();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.impl.RetrainStepImpl <em>Retrain Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.impl.RetrainStepImpl
		 * @see io.medli.recipe.impl.RecipePackageImpl#getRetrainStep()
		 * @generated
		 */
		EClass RETRAIN_STEP = eINSTANCE.getRetrainStep();

		/**
		 * The meta object literal for the '<em><b>Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETRAIN_STEP__EPOCHS = eINSTANCE.getRetrainStep_Epochs();

		/**
		 * The meta object literal for the '<em><b>Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETRAIN_STEP__LEARNING_RATE = eINSTANCE.getRetrainStep_LearningRate();

		/**
		 * The meta object literal for the '<em><b>Batch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETRAIN_STEP__BATCH = eINSTANCE.getRetrainStep_Batch();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.impl.QuantizeStepImpl <em>Quantize Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.impl.QuantizeStepImpl
		 * @see io.medli.recipe.impl.RecipePackageImpl#getQuantizeStep()
		 * @generated
		 */
		EClass QUANTIZE_STEP = eINSTANCE.getQuantizeStep();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTIZE_STEP__MODE = eINSTANCE.getQuantizeStep_Mode();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTIZE_STEP__METHOD = eINSTANCE.getQuantizeStep_Method();

		/**
		 * The meta object literal for the '<em><b>Percentile</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTIZE_STEP__PERCENTILE = eINSTANCE.getQuantizeStep_Percentile();

		/**
		 * The meta object literal for the '<em><b>Budget Db</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTIZE_STEP__BUDGET_DB = eINSTANCE.getQuantizeStep_BudgetDb();

		/**
		 * The meta object literal for the '<em><b>Equalize</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTIZE_STEP__EQUALIZE = eINSTANCE.getQuantizeStep_Equalize();

		/**
		 * The meta object literal for the '<em><b>Weight Rounding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTIZE_STEP__WEIGHT_ROUNDING = eINSTANCE.getQuantizeStep_WeightRounding();

		/**
		 * The meta object literal for the '<em><b>Bias Correction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTIZE_STEP__BIAS_CORRECTION = eINSTANCE.getQuantizeStep_BiasCorrection();

		/**
		 * The meta object literal for the '<em><b>Excludes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTIZE_STEP__EXCLUDES = eINSTANCE.getQuantizeStep_Excludes();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.impl.OptimizeStepImpl <em>Optimize Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.impl.OptimizeStepImpl
		 * @see io.medli.recipe.impl.RecipePackageImpl#getOptimizeStep()
		 * @generated
		 */
		EClass OPTIMIZE_STEP = eINSTANCE.getOptimizeStep();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZE_STEP__LEVEL = eINSTANCE.getOptimizeStep_Level();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.impl.MeasureStepImpl <em>Measure Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.impl.MeasureStepImpl
		 * @see io.medli.recipe.impl.RecipePackageImpl#getMeasureStep()
		 * @generated
		 */
		EClass MEASURE_STEP = eINSTANCE.getMeasureStep();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE_STEP__REFERENCE = eINSTANCE.getMeasureStep_Reference();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.impl.EvaluateStepImpl <em>Evaluate Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.impl.EvaluateStepImpl
		 * @see io.medli.recipe.impl.RecipePackageImpl#getEvaluateStep()
		 * @generated
		 */
		EClass EVALUATE_STEP = eINSTANCE.getEvaluateStep();

		/**
		 * The meta object literal for the '<em><b>Tensors</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATE_STEP__TENSORS = eINSTANCE.getEvaluateStep_Tensors();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.impl.BenchmarkStepImpl <em>Benchmark Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.impl.BenchmarkStepImpl
		 * @see io.medli.recipe.impl.RecipePackageImpl#getBenchmarkStep()
		 * @generated
		 */
		EClass BENCHMARK_STEP = eINSTANCE.getBenchmarkStep();

		/**
		 * The meta object literal for the '<em><b>Rounds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENCHMARK_STEP__ROUNDS = eINSTANCE.getBenchmarkStep_Rounds();

		/**
		 * The meta object literal for the '<em><b>Warmup</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENCHMARK_STEP__WARMUP = eINSTANCE.getBenchmarkStep_Warmup();

		/**
		 * The meta object literal for the '<em><b>Memory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENCHMARK_STEP__MEMORY = eINSTANCE.getBenchmarkStep_Memory();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.impl.VariantImpl <em>Variant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.impl.VariantImpl
		 * @see io.medli.recipe.impl.RecipePackageImpl#getVariant()
		 * @generated
		 */
		EClass VARIANT = eINSTANCE.getVariant();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIANT__STEP = eINSTANCE.getVariant_Step();

		/**
		 * The meta object literal for the '<em><b>Parameter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIANT__PARAMETER = eINSTANCE.getVariant_Parameter();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIANT__VALUES = eINSTANCE.getVariant_Values();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.impl.SearchImpl <em>Search</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.impl.SearchImpl
		 * @see io.medli.recipe.impl.RecipePackageImpl#getSearch()
		 * @generated
		 */
		EClass SEARCH = eINSTANCE.getSearch();

		/**
		 * The meta object literal for the '<em><b>Strategy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEARCH__STRATEGY = eINSTANCE.getSearch_Strategy();

		/**
		 * The meta object literal for the '<em><b>Max Trials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEARCH__MAX_TRIALS = eINSTANCE.getSearch_MaxTrials();

		/**
		 * The meta object literal for the '<em><b>Max Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEARCH__MAX_MINUTES = eINSTANCE.getSearch_MaxMinutes();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEARCH__SEED = eINSTANCE.getSearch_Seed();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.DataRole <em>Data Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.DataRole
		 * @see io.medli.recipe.impl.RecipePackageImpl#getDataRole()
		 * @generated
		 */
		EEnum DATA_ROLE = eINSTANCE.getDataRole();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.Layout <em>Layout</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.Layout
		 * @see io.medli.recipe.impl.RecipePackageImpl#getLayout()
		 * @generated
		 */
		EEnum LAYOUT = eINSTANCE.getLayout();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.TargetKind <em>Target Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.TargetKind
		 * @see io.medli.recipe.impl.RecipePackageImpl#getTargetKind()
		 * @generated
		 */
		EEnum TARGET_KIND = eINSTANCE.getTargetKind();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.GoalMetric <em>Goal Metric</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.GoalMetric
		 * @see io.medli.recipe.impl.RecipePackageImpl#getGoalMetric()
		 * @generated
		 */
		EEnum GOAL_METRIC = eINSTANCE.getGoalMetric();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.BackboneTraining <em>Backbone Training</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.BackboneTraining
		 * @see io.medli.recipe.impl.RecipePackageImpl#getBackboneTraining()
		 * @generated
		 */
		EEnum BACKBONE_TRAINING = eINSTANCE.getBackboneTraining();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.PruneStructure <em>Prune Structure</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.PruneStructure
		 * @see io.medli.recipe.impl.RecipePackageImpl#getPruneStructure()
		 * @generated
		 */
		EEnum PRUNE_STRUCTURE = eINSTANCE.getPruneStructure();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.Norm <em>Norm</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.Norm
		 * @see io.medli.recipe.impl.RecipePackageImpl#getNorm()
		 * @generated
		 */
		EEnum NORM = eINSTANCE.getNorm();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.QuantizeMode <em>Quantize Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.QuantizeMode
		 * @see io.medli.recipe.impl.RecipePackageImpl#getQuantizeMode()
		 * @generated
		 */
		EEnum QUANTIZE_MODE = eINSTANCE.getQuantizeMode();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.RangeMethod <em>Range Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.RangeMethod
		 * @see io.medli.recipe.impl.RecipePackageImpl#getRangeMethod()
		 * @generated
		 */
		EEnum RANGE_METHOD = eINSTANCE.getRangeMethod();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.WeightRounding <em>Weight Rounding</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.WeightRounding
		 * @see io.medli.recipe.impl.RecipePackageImpl#getWeightRounding()
		 * @generated
		 */
		EEnum WEIGHT_ROUNDING = eINSTANCE.getWeightRounding();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.OptimizeLevel <em>Optimize Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.OptimizeLevel
		 * @see io.medli.recipe.impl.RecipePackageImpl#getOptimizeLevel()
		 * @generated
		 */
		EEnum OPTIMIZE_LEVEL = eINSTANCE.getOptimizeLevel();

		/**
		 * The meta object literal for the '{@link io.medli.recipe.SearchStrategy <em>Search Strategy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medli.recipe.SearchStrategy
		 * @see io.medli.recipe.impl.RecipePackageImpl#getSearchStrategy()
		 * @generated
		 */
		EEnum SEARCH_STRATEGY = eINSTANCE.getSearchStrategy();

	}

} //RecipePackage
