package org.fieldguide.guide;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reader queries: every one states what the viewer may read ({@link VisibilityClauses}). */
interface CategoryRepository extends JpaRepository<Category, Long> {

	@Query("select distinct c from Category c left join fetch c.texts where"
			+ VisibilityClauses.CATEGORY + "order by c.position")
	List<Category> findReadable(boolean staff);

	@Query("select c from Category c left join fetch c.texts where c.slug = :slug and"
			+ VisibilityClauses.CATEGORY)
	Optional<Category> findReadable(String slug, boolean staff);

	Optional<Category> findBySlug(String slug);

}
