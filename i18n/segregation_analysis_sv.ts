<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
  <context>
    <name>SegregationAnalysis</name>
    <message>
      <location filename="../algorithms/common.py" line="22" />
      <source>Drop the unit</source>
      <translation>Utelämna enheten</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="22" />
      <source>Impute the group count from the region's rate</source>
      <translation>Imputera gruppens antal utifrån områdets andel</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="41" />
      <source>Segregation indices</source>
      <translation>Segregationsindex</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="80" />
      <source>&lt;h3&gt;Missing values&lt;/h3&gt;&lt;p&gt;Statistics Finland's suppression code -1, NULL, empty text and '..' are read as missing, never as zero. &lt;b&gt;Drop the unit&lt;/b&gt; leaves units with a missing count or total out of that index; &lt;b&gt;Impute&lt;/b&gt; replaces a missing group count by the unit's total times the region's rate of that group (it needs a total field; a unit whose total is missing is dropped). Each result reports the number of dropped units and the population they held. A unit with total 0 adds nothing. Other negative values, non-numeric text and a group count larger than the total stop the algorithm with a message naming the field and the feature ids.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Saknade värden&lt;/h3&gt;&lt;p&gt;Statistikcentralens kod -1 för skyddade uppgifter, NULL, tom text och '..' tolkas som saknade värden, aldrig som noll. &lt;b&gt;Utelämna enheten&lt;/b&gt; lämnar enheter med saknat gruppantal eller saknad total utanför det aktuella indexet; &lt;b&gt;Imputera&lt;/b&gt; ersätter ett saknat gruppantal med enhetens total multiplicerad med gruppens andel i området (det kräver ett totalfält; en enhet vars total saknas utelämnas). Varje resultat anger antalet utelämnade enheter och deras befolkning. En enhet med totalen 0 påverkar inte resultatet. Andra negativa värden, icke-numerisk text och ett gruppantal som är större än totalen avbryter algoritmen med ett meddelande som anger fältet och objektens id.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="51" />
      <source>Input layer (areas, grid cells or a table)</source>
      <translation>Indatalager (områden, rutor eller en tabell)</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="53" />
      <source>Group count fields</source>
      <translation>Fält med gruppantal</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="56" />
      <source>Total (base) field [empty = sum of the groups]</source>
      <translation>Totalfält (bas) [tomt = gruppernas summa]</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="59" />
      <source>Region field (one result per value, e.g. municipality)</source>
      <translation>Områdesfält (ett resultat per värde, t.ex. kommun)</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="62" />
      <source>Missing values (-1, NULL, '..')</source>
      <translation>Saknade värden (-1, NULL, '..')</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="70" />
      <source>Choose at least one group field.</source>
      <translation>Välj minst ett gruppfält.</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="74" />
      <source>The total field '{}' is also chosen as a group field.</source>
      <translation>Totalfältet '{}' är också valt som gruppfält.</translation>
    </message>
    <message>
      <location filename="../algorithms/geometry.py" line="114" />
      <source>Cancelled.</source>
      <translation>Avbrutet.</translation>
    </message>
    <message>
      <location filename="../algorithms/geometry.py" line="35" />
      <source>{} needs a projected coordinate reference system (metres), but the layer is in {} (degrees). Reproject it first, e.g. to ETRS-TM35FIN (EPSG:3067) for Finland.</source>
      <translation>{} kräver ett projicerat koordinatreferenssystem (meter), men lagret är i {} (grader). Projicera om lagret först, t.ex. till ETRS-TM35FIN (EPSG:3067) för Finland.</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="37" />
      <source>Aspatial segregation indices per region (city) and group, in one table.</source>
      <translation>Icke-spatiala segregationsindex per område (stad) och grupp, i en tabell.</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="53" />
      <source>&lt;p&gt;Formulas: Massey &amp;amp; Denton (1988) The dimensions of residential segregation, Social Forces 67(2); Reardon &amp;amp; Firebaugh (2002) Measures of multigroup segregation, Sociological Methodology 32. Values match PySAL's segregation package where the formulas coincide.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Formler: Massey &amp;amp; Denton (1988) The dimensions of residential segregation, Social Forces 67(2); Reardon &amp;amp; Firebaugh (2002) Measures of multigroup segregation, Sociological Methodology 32. Värdena stämmer överens med PySAL-paketet segregation där formlerna sammanfaller.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="118" />
      <source>Region</source>
      <translation>Område</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="118" />
      <source>Group</source>
      <translation>Grupp</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="118" />
      <source>Units</source>
      <translation>Enheter</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="119" />
      <source>Dropped units</source>
      <translation>Utelämnade enheter</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="119" />
      <source>Dropped population</source>
      <translation>Utelämnad befolkning</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="120" />
      <source>Total population</source>
      <translation>Befolkning totalt</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="120" />
      <source>Group population</source>
      <translation>Gruppens befolkning</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="121" />
      <source>Group share</source>
      <translation>Gruppens andel</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="121" />
      <source>Imputed units</source>
      <translation>Imputerade enheter</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="62" />
      <source>Indices</source>
      <translation>Index</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="65" />
      <source>Atkinson shape parameter b (0 &lt; b &lt; 1)</source>
      <translation>Formparameter b för Atkinsons index (0 &lt; b &lt; 1)</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="70" />
      <source>HTML report</source>
      <translation>HTML-rapport</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="81" />
      <source>Multigroup indices need at least two group fields.</source>
      <translation>Flergruppsindex kräver minst två gruppfält.</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="136" />
      <source>Input</source>
      <translation>Indatalager</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="137" />
      <source>Group fields</source>
      <translation>Gruppfält</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="138" />
      <source>Total field</source>
      <translation>Totalfält</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="139" />
      <source>Region field</source>
      <translation>Områdesfält</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="140" />
      <source>Missing values</source>
      <translation>Saknade värden</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="141" />
      <source>Atkinson b</source>
      <translation>Atkinsons b</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="44" />
      <source>&lt;p&gt;Computes the classic aspatial segregation indices of each group against the rest of the total, and the multigroup indices of all groups together, for every region (e.g. municipality) in one run.&lt;/p&gt;&lt;p&gt;Choose the group count fields (e.g. &lt;code&gt;ko_perus&lt;/code&gt;) and their total (base) field (e.g. &lt;code&gt;ko_ika18y&lt;/code&gt;); each Paavo theme has its own base. Without a total field the total of a unit is the sum of the groups. Multigroup indices use the groups only (total = their sum) and need at least two group fields.&lt;/p&gt;&lt;p&gt;The output table has one row per region and group (single-group indices) and one row per region with group '(all groups)' (multigroup indices), with the number of units used and dropped and the population they held.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Beräknar de klassiska icke-spatiala segregationsindexen för varje grupp mot resten av totalen samt flergruppsindexen för alla grupper tillsammans, för varje område (t.ex. kommun) i en och samma körning.&lt;/p&gt;&lt;p&gt;Välj fälten med gruppantal (t.ex. &lt;code&gt;ko_perus&lt;/code&gt;) och deras totalfält, dvs. basen (t.ex. &lt;code&gt;ko_ika18y&lt;/code&gt;); varje Paavo-tema har sin egen bas. Utan totalfält är en enhets total summan av grupperna. Flergruppsindexen använder endast grupperna (total = deras summa) och kräver minst två gruppfält.&lt;/p&gt;&lt;p&gt;Utdatatabellen har en rad per område och grupp (engruppsindex) och en rad per område med gruppen '(all groups)', dvs. alla grupper (flergruppsindex), med antalet använda och utelämnade enheter och deras befolkning.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="70" />
      <source>HTML files (*.html)</source>
      <translation>HTML-filer (*.html)</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="82" />
      <source>{} units, {} regions, {} groups.</source>
      <translation>{} enheter, {} områden, {} grupper.</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="130" />
      <source>Single-group indices (group against the rest)</source>
      <translation>Engruppsindex (gruppen mot övriga)</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="134" />
      <source>Multigroup indices (all groups)</source>
      <translation>Flergruppsindex (alla grupper)</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="138" />
      <source>sum of the groups</source>
      <translation>gruppernas summa</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="139" />
      <source>none (one region)</source>
      <translation>ingen (ett område)</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="140" />
      <source>drop the unit</source>
      <translation>utelämna enheten</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="140" />
      <source>impute from the region's rate</source>
      <translation>imputera utifrån områdets andel</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="107" />
      <source>Region {region}, {group}: {n} units dropped ({pop:g} inhabitants).</source>
      <translation>Område {region}, {group}: {n} enheter utelämnades ({pop:g} invånare).</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="111" />
      <source>Region {} has fewer than two usable units: its evenness indices are 0 or empty by construction and say nothing about segregation.</source>
      <translation>Området {} har färre än två användbara enheter: dess jämnhetsindex är per definition 0 eller tomma och säger ingenting om segregation.</translation>
    </message>
    <message>
      <location filename="../algorithms/local_indices.py" line="42" />
      <source>Local segregation indices</source>
      <translation>Lokala segregationsindex</translation>
    </message>
    <message>
      <location filename="../algorithms/local_indices.py" line="45" />
      <source>Per-unit location quotients, local diversity and each unit's share of D and M.</source>
      <translation>Lokaliseringskvoter per enhet, lokal mångfald och varje enhets andel av D och M.</translation>
    </message>
    <message>
      <location filename="../algorithms/local_indices.py" line="48" />
      <source>&lt;p&gt;Adds local (per unit) fields to a copy of the input, so you see &lt;i&gt;which&lt;/i&gt; areas drive a city's segregation. Reference shares are those of the unit's own region (e.g. municipality).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;lq_&amp;lt;field&amp;gt;&lt;/code&gt;: location quotient, the unit's group share divided by the region's (1 = as in the region, 2 = twice as common; Isard 1960).&lt;/li&gt;&lt;li&gt;&lt;code&gt;local_entropy&lt;/code&gt;: entropy of the unit's composition divided by ln K (0 = one group only, 1 = all K groups equally present; Theil 1972).&lt;/li&gt;&lt;li&gt;&lt;code&gt;local_diversity&lt;/code&gt;: the same entropy, natural log (0 … ln K).&lt;/li&gt;&lt;li&gt;&lt;code&gt;local_simpson_concentration&lt;/code&gt; / &lt;code&gt;local_simpson_interaction&lt;/code&gt;: chance that two residents of the unit belong to the same / to different groups (Simpson 1949).&lt;/li&gt;&lt;li&gt;&lt;code&gt;d_contribution&lt;/code&gt;: the unit's additive part of the region's (multigroup) dissimilarity index; the values of a region sum to its D (Reardon &amp;amp; Firebaugh 2002).&lt;/li&gt;&lt;li&gt;&lt;code&gt;m_contribution&lt;/code&gt;: the unit's additive part of the mutual information index M (a Kullback-Leibler term; sums to M).&lt;/li&gt;&lt;li&gt;&lt;code&gt;dropped&lt;/code&gt;: 1 when the unit was left out because of missing values.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The composition fields use all group fields (total = their sum); with one group field and a total field they use the group and the rest of the total. A field name already in the input gets a suffix (_2, _3 …). The output is styled by the first location quotient, blue below 1 and red above.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Lägger till lokala fält (per enhet) i en kopia av indatalagret, så att du ser &lt;i&gt;vilka&lt;/i&gt; delområden som driver stadens segregation. Referensandelarna är andelarna i enhetens eget område (t.ex. kommun).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;lq_&amp;lt;field&amp;gt;&lt;/code&gt;: lokaliseringskvot, enhetens gruppandel dividerad med områdets (1 = som i området, 2 = dubbelt så vanlig; Isard 1960).&lt;/li&gt;&lt;li&gt;&lt;code&gt;local_entropy&lt;/code&gt;: entropin i enhetens sammansättning dividerad med ln K (0 = endast en grupp, 1 = alla K grupper med lika stora andelar; Theil 1972).&lt;/li&gt;&lt;li&gt;&lt;code&gt;local_diversity&lt;/code&gt;: samma entropi med naturlig logaritm (0 … ln K).&lt;/li&gt;&lt;li&gt;&lt;code&gt;local_simpson_concentration&lt;/code&gt; / &lt;code&gt;local_simpson_interaction&lt;/code&gt;: sannolikheten att två invånare i enheten tillhör samma / olika grupper (Simpson 1949).&lt;/li&gt;&lt;li&gt;&lt;code&gt;d_contribution&lt;/code&gt;: enhetens additiva andel av områdets olikhetsindex (för flera grupper); värdena i ett område summeras till dess D (Reardon &amp;amp; Firebaugh 2002).&lt;/li&gt;&lt;li&gt;&lt;code&gt;m_contribution&lt;/code&gt;: enhetens additiva andel av index för ömsesidig information M (en Kullback-Leibler-term; summeras till M).&lt;/li&gt;&lt;li&gt;&lt;code&gt;dropped&lt;/code&gt;: 1 när enheten utelämnades på grund av saknade värden.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Sammansättningsfälten använder alla gruppfält (total = deras summa); med ett gruppfält och ett totalfält använder de gruppen och resten av totalen. Ett fältnamn som redan finns i indatalagret får ett suffix (_2, _3 …). Resultatet symboliseras efter den första lokaliseringskvoten, blått under 1 och rött över 1.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/local_indices.py" line="79" />
      <source>Choose a total field, or at least two group fields.</source>
      <translation>Välj ett totalfält eller minst två gruppfält.</translation>
    </message>
    <message>
      <location filename="../algorithms/local_indices.py" line="107" />
      <source>{} units left out because of missing values (field 'dropped' = 1).</source>
      <translation>{} enheter utelämnades på grund av saknade värden (fältet 'dropped' = 1).</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="64" />
      <source>Field '{field}' has non-numeric values ({examples}) in features {ids}. Use a numeric field, or clean these values.</source>
      <translation>Fältet '{field}' har icke-numeriska värden ({examples}) i objekten {ids}. Använd ett numeriskt fält eller rätta dessa värden.</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="66" />
      <source>Field '{field}' has negative or infinite counts in features {ids}. Counts must be &gt;= 0 (-1 is read as suppressed).</source>
      <translation>Fältet '{field}' har negativa eller oändliga antal i objekten {ids}. Antalen måste vara &gt;= 0 (-1 tolkas som ett skyddat värde).</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="68" />
      <source>Field '{field}' is larger than the total '{total}' in features {ids}. Check that '{total}' is the base count of '{field}'.</source>
      <translation>Fältet '{field}' är större än totalen '{total}' i objekten {ids}. Kontrollera att '{total}' är basen för '{field}'.</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="71" />
      <source>Only one group field ('{field}') and no total field: choose the total (base) field, or at least two group fields whose sum is the total.</source>
      <translation>Endast ett gruppfält ('{field}') och inget totalfält: välj totalfältet (basen) eller minst två gruppfält vars summa är totalen.</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="49" />
      <source>The input layer has no features (or no selected features).</source>
      <translation>Indatalagret har inga objekt (eller inga valda objekt).</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="28" />
      <source>Field '{}' is not in the input layer.</source>
      <translation>Fältet '{}' finns inte i indatalagret.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="57" />
      <source>Higher = more mixing</source>
      <translation>Högre värde = mer blandning</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="10" />
      <source>Dissimilarity (D)</source>
      <translation>Olikhetsindex (D)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="11" />
      <source>Gini coefficient</source>
      <translation>Gini-koefficient</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="12" />
      <source>Entropy index (Theil's H)</source>
      <translation>Entropiindex (Theils H)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="13" />
      <source>Atkinson index</source>
      <translation>Atkinsons index</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="14" />
      <source>Isolation (xPx)</source>
      <translation>Isoleringsindex (xPx)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="15" />
      <source>Exposure to the rest (xPy)</source>
      <translation>Exponeringsindex mot övriga (xPy)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="16" />
      <source>Correlation ratio (eta squared)</source>
      <translation>Korrelationskvot (eta i kvadrat)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="17" />
      <source>Multigroup dissimilarity</source>
      <translation>Olikhetsindex för flera grupper</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="18" />
      <source>Multigroup Gini</source>
      <translation>Gini-koefficient för flera grupper</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="19" />
      <source>Multigroup information theory index (H)</source>
      <translation>Informationsteoretiskt index för flera grupper (H)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="20" />
      <source>Mutual information index (M)</source>
      <translation>Index för ömsesidig information (M)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="21" />
      <source>Multigroup normalized exposure</source>
      <translation>Normaliserat exponeringsindex för flera grupper</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="22" />
      <source>Multigroup relative diversity</source>
      <translation>Relativ mångfald för flera grupper</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="23" />
      <source>Multigroup squared coefficient of variation</source>
      <translation>Kvadrerad variationskoefficient för flera grupper</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="24" />
      <source>Simpson's concentration</source>
      <translation>Simpsons koncentrationsindex</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="25" />
      <source>Simpson's interaction</source>
      <translation>Simpsons interaktionsindex</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="26" />
      <source>Diversity (entropy E)</source>
      <translation>Mångfald (entropi E)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="33" />
      <source>Share of the group that would have to move for an even distribution.</source>
      <translation>Den andel av gruppen som skulle behöva flytta för att fördelningen ska bli jämn.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="34" />
      <source>Mean difference in group shares between all pairs of areas, weighted by population.</source>
      <translation>Medelskillnaden i gruppandelar mellan alla par av delområden, viktad med befolkningen.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="35" />
      <source>How much less diverse the areas are than the city as a whole.</source>
      <translation>Hur mycket mindre mångfald delområdena har än staden som helhet.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="36" />
      <source>Unevenness that weighs areas where the group is under-represented (shape b).</source>
      <translation>Ojämnhet som ger vikt åt delområden där gruppen är underrepresenterad (formparameter b).</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="37" />
      <source>Group share in the area of the average group member.</source>
      <translation>Gruppens andel i den genomsnittliga gruppmedlemmens delområde.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="38" />
      <source>Share of the others in the area of the average group member.</source>
      <translation>De övrigas andel i den genomsnittliga gruppmedlemmens delområde.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="39" />
      <source>Isolation corrected for the group's size in the city.</source>
      <translation>Isolering korrigerad för gruppens storlek i staden.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="40" />
      <source>Dissimilarity generalised to all groups at once.</source>
      <translation>Olikhetsindex generaliserat till alla grupper samtidigt.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="41" />
      <source>Gini coefficient generalised to all groups at once.</source>
      <translation>Gini-koefficienten generaliserad till alla grupper samtidigt.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="42" />
      <source>Theil's H for all groups: entropy lost by living apart.</source>
      <translation>Theils H för alla grupper: entropi som går förlorad när grupperna bor åtskilda.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="43" />
      <source>Information the area gives about a resident's group (natural log).</source>
      <translation>Information som delområdet ger om en invånares grupp (naturlig logaritm).</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="44" />
      <source>Variance of group shares across areas, normalised per group.</source>
      <translation>Variansen i gruppandelar mellan delområden, normaliserad per grupp.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="45" />
      <source>Interaction lost by living apart, relative to the city.</source>
      <translation>Interaktion som går förlorad när grupperna bor åtskilda, i förhållande till staden.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="46" />
      <source>Variance of group shares relative to group size.</source>
      <translation>Variansen i gruppandelar i förhållande till gruppens storlek.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="47" />
      <source>Chance that two random residents of the city belong to the same group.</source>
      <translation>Sannolikheten att två slumpvis valda invånare i staden tillhör samma grupp.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="48" />
      <source>Chance that two random residents of the city belong to different groups.</source>
      <translation>Sannolikheten att två slumpvis valda invånare i staden tillhör olika grupper.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="49" />
      <source>Entropy of the city's composition (natural log; maximum ln K).</source>
      <translation>Entropin i stadens sammansättning (naturlig logaritm; högst ln K).</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="56" />
      <source>Higher = more segregated</source>
      <translation>Högre värde = mer segregerat</translation>
    </message>
    <message>
      <location filename="../provider.py" line="20" />
      <source>Segregation analysis</source>
      <translation>Segregationsanalys</translation>
    </message>
    <message>
      <location filename="../styles.py" line="19" />
      <source>under {}</source>
      <translation>under {}</translation>
    </message>
    <message>
      <location filename="../styles.py" line="21" />
      <source>{} or more</source>
      <translation>{} eller mer</translation>
    </message>
  </context>
</TS>
