/**
 */
package io.medli.recipe;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.medli.recipe.DataSet#getRole <em>Role</em>}</li>
 *   <li>{@link io.medli.recipe.DataSet#getPath <em>Path</em>}</li>
 *   <li>{@link io.medli.recipe.DataSet#isLabelled <em>Labelled</em>}</li>
 *   <li>{@link io.medli.recipe.DataSet#getWidth <em>Width</em>}</li>
 *   <li>{@link io.medli.recipe.DataSet#getHeight <em>Height</em>}</li>
 *   <li>{@link io.medli.recipe.DataSet#getScale <em>Scale</em>}</li>
 *   <li>{@link io.medli.recipe.DataSet#getMean <em>Mean</em>}</li>
 *   <li>{@link io.medli.recipe.DataSet#getStd <em>Std</em>}</li>
 *   <li>{@link io.medli.recipe.DataSet#getLayout <em>Layout</em>}</li>
 *   <li>{@link io.medli.recipe.DataSet#getLimit <em>Limit</em>}</li>
 * </ul>
 *
 * @see io.medli.recipe.RecipePackage#getDataSet()
 * @model
 * @generated
 */
public interface DataSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link io.medli.recipe.DataRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see io.medli.recipe.DataRole
	 * @see #setRole(DataRole)
	 * @see io.medli.recipe.RecipePackage#getDataSet_Role()
	 * @model
	 * @generated
	 */
	DataRole getRole();

	/**
	 * Sets the value of the '{@link io.medli.recipe.DataSet#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see io.medli.recipe.DataRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(DataRole value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see io.medli.recipe.RecipePackage#getDataSet_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link io.medli.recipe.DataSet#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Labelled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labelled</em>' attribute.
	 * @see #setLabelled(boolean)
	 * @see io.medli.recipe.RecipePackage#getDataSet_Labelled()
	 * @model
	 * @generated
	 */
	boolean isLabelled();

	/**
	 * Sets the value of the '{@link io.medli.recipe.DataSet#isLabelled <em>Labelled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Labelled</em>' attribute.
	 * @see #isLabelled()
	 * @generated
	 */
	void setLabelled(boolean value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see io.medli.recipe.RecipePackage#getDataSet_Width()
	 * @model
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link io.medli.recipe.DataSet#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see io.medli.recipe.RecipePackage#getDataSet_Height()
	 * @model
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link io.medli.recipe.DataSet#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' attribute.
	 * The default value is <code>"0.00392156862745098"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale</em>' attribute.
	 * @see #setScale(double)
	 * @see io.medli.recipe.RecipePackage#getDataSet_Scale()
	 * @model default="0.00392156862745098"
	 * @generated
	 */
	double getScale();

	/**
	 * Sets the value of the '{@link io.medli.recipe.DataSet#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' attribute.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(double value);

	/**
	 * Returns the value of the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mean</em>' attribute.
	 * @see #setMean(String)
	 * @see io.medli.recipe.RecipePackage#getDataSet_Mean()
	 * @model
	 * @generated
	 */
	String getMean();

	/**
	 * Sets the value of the '{@link io.medli.recipe.DataSet#getMean <em>Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean</em>' attribute.
	 * @see #getMean()
	 * @generated
	 */
	void setMean(String value);

	/**
	 * Returns the value of the '<em><b>Std</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Std</em>' attribute.
	 * @see #setStd(String)
	 * @see io.medli.recipe.RecipePackage#getDataSet_Std()
	 * @model
	 * @generated
	 */
	String getStd();

	/**
	 * Sets the value of the '{@link io.medli.recipe.DataSet#getStd <em>Std</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Std</em>' attribute.
	 * @see #getStd()
	 * @generated
	 */
	void setStd(String value);

	/**
	 * Returns the value of the '<em><b>Layout</b></em>' attribute.
	 * The literals are from the enumeration {@link io.medli.recipe.Layout}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layout</em>' attribute.
	 * @see io.medli.recipe.Layout
	 * @see #setLayout(Layout)
	 * @see io.medli.recipe.RecipePackage#getDataSet_Layout()
	 * @model
	 * @generated
	 */
	Layout getLayout();

	/**
	 * Sets the value of the '{@link io.medli.recipe.DataSet#getLayout <em>Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout</em>' attribute.
	 * @see io.medli.recipe.Layout
	 * @see #getLayout()
	 * @generated
	 */
	void setLayout(Layout value);

	/**
	 * Returns the value of the '<em><b>Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Limit</em>' attribute.
	 * @see #setLimit(int)
	 * @see io.medli.recipe.RecipePackage#getDataSet_Limit()
	 * @model
	 * @generated
	 */
	int getLimit();

	/**
	 * Sets the value of the '{@link io.medli.recipe.DataSet#getLimit <em>Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Limit</em>' attribute.
	 * @see #getLimit()
	 * @generated
	 */
	void setLimit(int value);

} // DataSet
