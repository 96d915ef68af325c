/**
 */
package io.medli.recipe;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quantize Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.medli.recipe.QuantizeStep#getMode <em>Mode</em>}</li>
 *   <li>{@link io.medli.recipe.QuantizeStep#getMethod <em>Method</em>}</li>
 *   <li>{@link io.medli.recipe.QuantizeStep#getPercentile <em>Percentile</em>}</li>
 *   <li>{@link io.medli.recipe.QuantizeStep#getBudgetDb <em>Budget Db</em>}</li>
 *   <li>{@link io.medli.recipe.QuantizeStep#isEqualize <em>Equalize</em>}</li>
 *   <li>{@link io.medli.recipe.QuantizeStep#getWeightRounding <em>Weight Rounding</em>}</li>
 *   <li>{@link io.medli.recipe.QuantizeStep#isBiasCorrection <em>Bias Correction</em>}</li>
 *   <li>{@link io.medli.recipe.QuantizeStep#getExcludes <em>Excludes</em>}</li>
 * </ul>
 *
 * @see io.medli.recipe.RecipePackage#getQuantizeStep()
 * @model
 * @generated
 */
public interface QuantizeStep extends Step {
	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link io.medli.recipe.QuantizeMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see io.medli.recipe.QuantizeMode
	 * @see #setMode(QuantizeMode)
	 * @see io.medli.recipe.RecipePackage#getQuantizeStep_Mode()
	 * @model
	 * @generated
	 */
	QuantizeMode getMode();

	/**
	 * Sets the value of the '{@link io.medli.recipe.QuantizeStep#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see io.medli.recipe.QuantizeMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(QuantizeMode value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The literals are from the enumeration {@link io.medli.recipe.RangeMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see io.medli.recipe.RangeMethod
	 * @see #setMethod(RangeMethod)
	 * @see io.medli.recipe.RecipePackage#getQuantizeStep_Method()
	 * @model
	 * @generated
	 */
	RangeMethod getMethod();

	/**
	 * Sets the value of the '{@link io.medli.recipe.QuantizeStep#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see io.medli.recipe.RangeMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(RangeMethod value);

	/**
	 * Returns the value of the '<em><b>Percentile</b></em>' attribute.
	 * The default value is <code>"99.99"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Percentile</em>' attribute.
	 * @see #setPercentile(double)
	 * @see io.medli.recipe.RecipePackage#getQuantizeStep_Percentile()
	 * @model default="99.99"
	 * @generated
	 */
	double getPercentile();

	/**
	 * Sets the value of the '{@link io.medli.recipe.QuantizeStep#getPercentile <em>Percentile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percentile</em>' attribute.
	 * @see #getPercentile()
	 * @generated
	 */
	void setPercentile(double value);

	/**
	 * Returns the value of the '<em><b>Budget Db</b></em>' attribute.
	 * The default value is <code>"25"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Db</em>' attribute.
	 * @see #setBudgetDb(double)
	 * @see io.medli.recipe.RecipePackage#getQuantizeStep_BudgetDb()
	 * @model default="25"
	 * @generated
	 */
	double getBudgetDb();

	/**
	 * Sets the value of the '{@link io.medli.recipe.QuantizeStep#getBudgetDb <em>Budget Db</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Db</em>' attribute.
	 * @see #getBudgetDb()
	 * @generated
	 */
	void setBudgetDb(double value);

	/**
	 * Returns the value of the '<em><b>Equalize</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Equalize</em>' attribute.
	 * @see #setEqualize(boolean)
	 * @see io.medli.recipe.RecipePackage#getQuantizeStep_Equalize()
	 * @model
	 * @generated
	 */
	boolean isEqualize();

	/**
	 * Sets the value of the '{@link io.medli.recipe.QuantizeStep#isEqualize <em>Equalize</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Equalize</em>' attribute.
	 * @see #isEqualize()
	 * @generated
	 */
	void setEqualize(boolean value);

	/**
	 * Returns the value of the '<em><b>Weight Rounding</b></em>' attribute.
	 * The literals are from the enumeration {@link io.medli.recipe.WeightRounding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight Rounding</em>' attribute.
	 * @see io.medli.recipe.WeightRounding
	 * @see #setWeightRounding(WeightRounding)
	 * @see io.medli.recipe.RecipePackage#getQuantizeStep_WeightRounding()
	 * @model
	 * @generated
	 */
	WeightRounding getWeightRounding();

	/**
	 * Sets the value of the '{@link io.medli.recipe.QuantizeStep#getWeightRounding <em>Weight Rounding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Rounding</em>' attribute.
	 * @see io.medli.recipe.WeightRounding
	 * @see #getWeightRounding()
	 * @generated
	 */
	void setWeightRounding(WeightRounding value);

	/**
	 * Returns the value of the '<em><b>Bias Correction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bias Correction</em>' attribute.
	 * @see #setBiasCorrection(boolean)
	 * @see io.medli.recipe.RecipePackage#getQuantizeStep_BiasCorrection()
	 * @model
	 * @generated
	 */
	boolean isBiasCorrection();

	/**
	 * Sets the value of the '{@link io.medli.recipe.QuantizeStep#isBiasCorrection <em>Bias Correction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bias Correction</em>' attribute.
	 * @see #isBiasCorrection()
	 * @generated
	 */
	void setBiasCorrection(boolean value);

	/**
	 * Returns the value of the '<em><b>Excludes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Excludes</em>' attribute list.
	 * @see io.medli.recipe.RecipePackage#getQuantizeStep_Excludes()
	 * @model
	 * @generated
	 */
	EList<String> getExcludes();

} // QuantizeStep
