package org.fieldguide.guide;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fieldguide.access.Visibility;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CategoryRepository extends JpaRepository<Category, Long> {

	@Query("select distinct c from Category c left join fetch c.texts where c.visibility in :readable order by c.position")
	List<Category> findReadable(Collection<Visibility> readable);

	@Query("select c from Category c left join fetch c.texts where c.slug = :slug and c.visibility in :readable")
	Optional<Category> findReadable(String slug, Collection<Visibility> readable);

	Optional<Category> findBySlug(String slug);

}
