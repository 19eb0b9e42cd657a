-- Pandoc filter for the starter-guide resource documents (used by ../build.sh, docx output).
--
-- * The leading "# Title" becomes the document title (Title style + document properties, so the
--   PDF carries a real title).
-- * Task lists ("- [ ] item", which pandoc turns into "☐ item") become plain "Checklist Item"
--   paragraphs, without a bullet, the box in a font that has the glyph.
-- * Tables take the full text width, columns sized by their content.
-- * A "> [!FIELD] Title" block quote loses its marker; the title is set in bold.
-- * Images are replaced by their description: the files stay small and nothing is fetched.

local stringify = pandoc.utils.stringify

local BOXES = { ["☐"] = true, ["☒"] = true, ["☑"] = true }

local function ulen(s)
  return utf8.len(s) or #s
end

-- "☐ text" inlines of a task-list item -> Checkbox span + tab + text, or nil
local function checkbox_inlines(inlines)
  if #inlines == 0 or inlines[1].t ~= "Str" or not BOXES[inlines[1].text] then
    return nil
  end
  local out = pandoc.List()
  out:insert(pandoc.Span({ pandoc.Str(inlines[1].text) }, pandoc.Attr("", {}, { { "custom-style", "Checkbox" } })))
  out:insert(pandoc.RawInline("openxml", "<w:r><w:tab/></w:r>"))
  local i = 2
  if inlines[i] and (inlines[i].t == "Space" or inlines[i].t == "SoftBreak") then
    i = i + 1
  end
  for j = i, #inlines do
    out:insert(inlines[j])
  end
  return out
end

local function is_task_list(list)
  for _, item in ipairs(list.content) do
    local first = item[1]
    if not first or (first.t ~= "Plain" and first.t ~= "Para") then
      return false
    end
    if not checkbox_inlines(first.content) then
      return false
    end
  end
  return #list.content > 0
end

function BulletList(list)
  if not is_task_list(list) then
    return nil
  end
  local blocks = pandoc.List()
  for _, item in ipairs(list.content) do
    local inner = pandoc.List()
    inner:insert(pandoc.Para(checkbox_inlines(item[1].content)))
    for k = 2, #item do
      inner:insert(item[k])
    end
    blocks:insert(pandoc.Div(inner, pandoc.Attr("", {}, { { "custom-style", "Checklist Item" } })))
  end
  return blocks
end

function Table(tbl)
  local st = pandoc.utils.to_simple_table(tbl)
  local ncols = #st.widths
  if ncols == 0 then
    return nil
  end
  local weights, total = {}, 0
  for c = 1, ncols do
    local longest = 0
    local function measure(cell)
      if cell then
        longest = math.max(longest, ulen(stringify(cell)))
      end
    end
    measure(st.headers[c])
    for _, row in ipairs(st.rows) do
      measure(row[c])
    end
    weights[c] = math.min(math.max(longest, 8), 50)
    total = total + weights[c]
  end
  for c = 1, ncols do
    st.widths[c] = weights[c] / total
  end
  return pandoc.utils.from_simple_table(st)
end

function BlockQuote(bq)
  local first = bq.content[1]
  if not first or (first.t ~= "Para" and first.t ~= "Plain") then
    return nil
  end
  local inl = first.content
  if #inl == 0 or inl[1].t ~= "Str" or inl[1].text ~= "[!FIELD]" then
    return nil
  end
  -- the title runs up to the first line break
  local title, rest, i = pandoc.List(), pandoc.List(), 2
  if inl[i] and inl[i].t == "Space" then
    i = i + 1
  end
  while inl[i] and inl[i].t ~= "SoftBreak" and inl[i].t ~= "LineBreak" do
    title:insert(inl[i])
    i = i + 1
  end
  i = i + 1 -- skip the break
  for j = i, #inl do
    rest:insert(inl[j])
  end
  local blocks = pandoc.List()
  if #title > 0 then
    blocks:insert(pandoc.Para({ pandoc.Strong(title) }))
  end
  if #rest > 0 then
    blocks:insert(pandoc.Para(rest))
  end
  for k = 2, #bq.content do
    blocks:insert(bq.content[k])
  end
  return pandoc.BlockQuote(blocks)
end

function Image(img)
  return img.caption
end

function Pandoc(doc)
  local first = doc.blocks[1]
  if not doc.meta.title and first and first.t == "Header" and first.level == 1 then
    doc.meta.title = pandoc.MetaInlines(first.content)
    doc.blocks:remove(1)
  end
  return doc
end

-- Run Pandoc (title) last, after the element filters.
return {
  { Image = Image, BulletList = BulletList, Table = Table, BlockQuote = BlockQuote },
  { Pandoc = Pandoc },
}
