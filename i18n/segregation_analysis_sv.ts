<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
  <context>
    <name>SegregationAnalysis</name>
    <message>
      <location filename="../algorithms/cluster_polygons.py" line="68" />
      <source>Cancelled.</source>
      <translation>Avbrutet.</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="53" />
      <source>Units per cluster category</source>
      <translation>Enheter per klusterkategori</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="54" />
      <source>Pseudo p = (M + 1) / (R + 1) from conditional permutation: each unit's value is held fixed and its neighbours' values are drawn from the other units. A unit is in a cluster when its adjusted p is at most the significance level.</source>
      <translation>Pseudo-p = (M + 1) / (R + 1) från villkorlig permutation: varje enhets värde hålls fast och grannarnas värden lottas bland de övriga enheterna. En enhet hör till ett kluster när dess korrigerade p är högst signifikansnivån.</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="57" />
      <source>All units share one set of random draws (as esda does): each unit's test is exact, but the number of significant units moves a little from seed to seed. More permutations make it steadier.</source>
      <translation>Alla enheter delar samma slumpdragningar (som i esda): varje enhets test är exakt, men antalet signifikanta enheter varierar något från slumpfrö till slumpfrö. Fler permutationer gör det stabilare.</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="59" />
      <source>Disadvantage clusters (local spatial association)</source>
      <translation>Kluster av utsatthet (lokal spatial autokorrelation)</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="41" />
      <source>Input</source>
      <translation>Indatalager</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="41" />
      <source>Statistic</source>
      <translation>Statistika</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="42" />
      <source>Variable</source>
      <translation>Variabel</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="43" />
      <source>Permutations</source>
      <translation>Permutationer</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="43" />
      <source>Random seed</source>
      <translation>Slumpfrö</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="44" />
      <source>Alternative hypothesis</source>
      <translation>Alternativhypotes</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="45" />
      <source>Multiple-testing adjustment</source>
      <translation>Korrigering för multipla test</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="46" />
      <source>Significance level</source>
      <translation>Signifikansnivå</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="46" />
      <source>Units tested</source>
      <translation>Testade enheter</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="47" />
      <source>Spatial weights</source>
      <translation>Spatiala vikter</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="24" />
      <source>all regions</source>
      <translation>alla områden</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="49" />
      <source>Region</source>
      <translation>Område</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="49" />
      <source>Units</source>
      <translation>Enheter</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="21" />
      <source>whole layer</source>
      <translation>hela lagret</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="51" />
      <source>Inhabitants ({}) in {}</source>
      <translation>Invånare ({}) i {}</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="90" />
      <source>Disadvantage clusters</source>
      <translation>Kluster av utsatthet</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="96" />
      <source>Hot spots and clusters of a variable: local Moran's I, Getis-Ord Gi*, local join count or the rate Moran, with permutation p-values corrected for multiple testing.</source>
      <translation>Heta punkter och kluster för en variabel: lokal Morans I, Getis-Ord Gi*, lokal join count eller Morans I för andelar, med permutations-p-värden korrigerade för multipla test.</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="100" />
      <source>&lt;p&gt;Finds where high (or low) values cluster in space, e.g. the disadvantage index or an unemployment rate.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Local Moran's I&lt;/b&gt; (Anselin 1995): a unit like its neighbours (High-High, Low-Low) or unlike them (High-Low, Low-High).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Getis-Ord Gi*&lt;/b&gt; (Getis &amp;amp; Ord 1992; Ord &amp;amp; Getis 1995): hot spots (High-High) and cold spots (Low-Low) of the unit and its neighbours together; values must be non-negative.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Local join count&lt;/b&gt; (Anselin &amp;amp; Li 2019): units flagged 1 (e.g. &lt;code&gt;multiple_disadvantage&lt;/code&gt;) whose neighbours are also flagged; always tested one-sided (more flagged neighbours than chance).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rate Moran&lt;/b&gt; (Assunção &amp;amp; Reis 1999): local Moran's I of empirical-Bayes standardised rates count / base, so small areas do not dominate.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Inference&lt;/b&gt;: conditional permutation (each unit's value is held fixed and its neighbours' values are drawn at random from the other units), pseudo p = (M + 1) / (R + 1), two-sided by default. With hundreds of units, some are 'significant' by chance; the p-values are therefore adjusted: Benjamini-Hochberg false discovery rate (default), Bonferroni, or none. A unit is in a cluster when its adjusted p is at most the significance level. With R permutations no p is below 1 / (R + 1): on layers of thousands of units (e.g. 250 m grids) use 9 999 permutations or more, or the adjustment leaves nothing significant.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Weights&lt;/b&gt;: queen contiguity by default; square grids are linked from their positions. With a region field and 'Neighbours only within the same region', every region (city) is analysed on its own: its own mean, its own permutations. Units without neighbours get 'No neighbours'; units with a missing value (-1, NULL, '..') get 'Missing' and are left out.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: a copy of the features with the statistic, its expectation, z, p, adjusted p and the &lt;code&gt;cluster&lt;/code&gt; field (High-High, Low-Low, High-Low, Low-High, Not significant, No neighbours, Missing), styled red, blue, pink, light blue and grey. &lt;b&gt;Cluster polygons&lt;/b&gt; (optional): linked significant High-High (and Low-Low) units dissolved into one polygon per cluster, with the number of units, the population and group counts and the mean value. The seed and every setting are written into the output, so the run can be repeated exactly.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Hittar var höga (eller låga) värden klustrar sig i rummet, t.ex. utsatthetsindexet eller arbetslöshetsgraden.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Lokal Morans I&lt;/b&gt; (Anselin 1995): en enhet som liknar sina grannar (High-High, Low-Low) eller skiljer sig från dem (High-Low, Low-High).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Getis-Ord Gi*&lt;/b&gt; (Getis &amp;amp; Ord 1992; Ord &amp;amp; Getis 1995): heta punkter (High-High) och kalla punkter (Low-Low) för enheten och dess grannar tillsammans; värdena får inte vara negativa.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lokal join count&lt;/b&gt; (Anselin &amp;amp; Li 2019): enheter flaggade med 1 (t.ex. &lt;code&gt;multiple_disadvantage&lt;/code&gt;) vars grannar också är flaggade; testas alltid ensidigt (fler flaggade grannar än slumpen ger).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Morans I för andelar&lt;/b&gt; (rate Moran; Assunção &amp;amp; Reis 1999): lokal Morans I för empiriskt Bayes-standardiserade andelar (antal / bas), så att små områden inte dominerar.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Inferens&lt;/b&gt;: betingad permutation (varje enhets värde hålls fast och grannarnas värden dras slumpmässigt bland de övriga enheterna), pseudo-p = (M + 1) / (R + 1), som standard tvåsidig. Med hundratals enheter är en del 'signifikanta' av en slump; p-värdena korrigeras därför: Benjamini–Hochbergs andel falska upptäckter (FDR, standard), Bonferroni eller ingen korrigering. En enhet ingår i ett kluster när dess korrigerade p är högst signifikansnivån. Med R permutationer är inget p under 1 / (R + 1): i lager med tusentals enheter (t.ex. rutnät på 250 m) bör du använda 9 999 permutationer eller fler, annars är ingenting signifikant efter korrigeringen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vikter&lt;/b&gt;: drottningangränsning som standard; kvadratiska rutnät kopplas utifrån rutornas positioner. Med ett områdesfält och 'Grannar endast inom samma område' analyseras varje område (stad) för sig: med eget medelvärde och egna permutationer. Enheter utan grannar får 'No neighbours'; enheter med ett saknat värde (-1, NULL, '..') får 'Missing' och utelämnas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Utdata&lt;/b&gt;: en kopia av objekten med statistikan, dess väntevärde, z, p, korrigerat p och fältet &lt;code&gt;cluster&lt;/code&gt; (High-High, Low-Low, High-Low, Low-High, Not significant, No neighbours, Missing), symboliserade i rött, blått, rosa, ljusblått och grått. &lt;b&gt;Klusterpolygoner&lt;/b&gt; (valfritt): sammanhängande signifikanta High-High-enheter (och Low-Low-enheter) sammanslagna till en polygon per kluster, med antalet enheter, befolkningen, gruppantalen och medelvärdet. Slumpfröet och alla inställningar skrivs till utdata, så att körningen kan upprepas exakt.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="156" />
      <source>Weights transformation</source>
      <translation>Transformering av vikterna</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="159" />
      <source>Read -1 as suppressed (missing)</source>
      <translation>Tolka -1 som skyddat värde (saknat)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="131" />
      <source>Input layer</source>
      <translation>Indatalager</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="136" />
      <source>Variable (for the rate: the count; for the join count: a 0/1 flag)</source>
      <translation>Variabel (för andelen: antalet; för join count: en 0/1-flagga)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="139" />
      <source>Base (population at risk) for the rate</source>
      <translation>Bas (riskpopulation) för andelen</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="142" />
      <source>Region field (e.g. municipality)</source>
      <translation>Områdesfält (t.ex. kommun)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="148" />
      <source>Random seed [empty = a new seed, written to the output]</source>
      <translation>Slumpfrö [tomt = ett nytt frö, som skrivs till utdata]</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="164" />
      <source>Population field (summed per cluster polygon)</source>
      <translation>Befolkningsfält (summeras per klusterpolygon)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="167" />
      <source>Group count fields (summed per cluster polygon)</source>
      <translation>Fält med gruppantal (summeras per klusterpolygon)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="169" />
      <source>Local statistics and clusters</source>
      <translation>Lokala statistikor och kluster</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="172" />
      <source>Cluster polygons</source>
      <translation>Klusterpolygoner</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="174" />
      <source>HTML report</source>
      <translation>HTML-rapport</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="176" />
      <source>Units in High-High clusters</source>
      <translation>Enheter i hög–hög-kluster</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="177" />
      <source>Units in Low-Low clusters</source>
      <translation>Enheter i låg–låg-kluster</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="178" />
      <source>Number of cluster polygons</source>
      <translation>Antal klusterpolygoner</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="189" />
      <source>The rate Moran needs a base field (the population at risk).</source>
      <translation>Morans I för andelar kräver ett basfält (riskpopulationen).</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="203" />
      <source>No unit has a neighbour with these weights. Points and separate areas need k nearest neighbours or a distance band (parameter WEIGHTS).</source>
      <translation>Ingen enhet har några grannar med dessa vikter. Punkter och åtskilda områden kräver k närmaste grannar eller ett avståndsband (parametern WEIGHTS).</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="157" />
      <source>Row-standardised</source>
      <translation>Radstandardiserad</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="157" />
      <source>Binary</source>
      <translation>Binär</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="174" />
      <source>HTML files (*.html)</source>
      <translation>HTML-filer (*.html)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="133" />
      <source>Local Moran's I</source>
      <translation>Lokal Morans I</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="133" />
      <source>Getis-Ord Gi* (hot spots)</source>
      <translation>Getis-Ord Gi* (heta punkter)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="133" />
      <source>Local join count (0/1 flag)</source>
      <translation>Lokal join count (0/1-flagga)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="134" />
      <source>Local Moran's I of an empirical Bayes rate (count / base)</source>
      <translation>Lokal Morans I för en empiriskt Bayes-standardiserad andel (antal / bas)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="151" />
      <source>Two-sided</source>
      <translation>Tvåsidig</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="151" />
      <source>Greater than the null</source>
      <translation>Större än under nollmodellen</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="151" />
      <source>Less than the null</source>
      <translation>Mindre än under nollmodellen</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="153" />
      <source>Benjamini-Hochberg false discovery rate</source>
      <translation>Benjamini–Hochberg, andel falska upptäckter (FDR)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="153" />
      <source>Bonferroni</source>
      <translation>Bonferroni</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="153" />
      <source>None</source>
      <translation>Ingen korrigering</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="207" />
      <source>{} of {} units have no neighbours: they are not tested ('No neighbours').</source>
      <translation>{} av {} enheter saknar grannar: de testas inte ('No neighbours').</translation>
    </message>
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
      <location filename="../algorithms/common.py" line="83" />
      <source>&lt;h3&gt;Missing values&lt;/h3&gt;&lt;p&gt;Statistics Finland's suppression code -1, NULL, empty text and '..' are read as missing, never as zero. &lt;b&gt;Drop the unit&lt;/b&gt; leaves units with a missing count or total out of that index; &lt;b&gt;Impute&lt;/b&gt; replaces a missing group count by the unit's total times the region's rate of that group (it needs a total field; a unit whose total is missing is dropped). Each result reports the number of dropped units and the population they held. A unit with total 0 adds nothing. Other negative values, non-numeric text and a group count larger than the total stop the algorithm with a message naming the field and the feature ids.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Saknade värden&lt;/h3&gt;&lt;p&gt;Statistikcentralens kod -1 för skyddade uppgifter, NULL, tom text och '..' tolkas som saknade värden, aldrig som noll. &lt;b&gt;Utelämna enheten&lt;/b&gt; lämnar enheter med saknat gruppantal eller saknad total utanför det aktuella indexet; &lt;b&gt;Imputera&lt;/b&gt; ersätter ett saknat gruppantal med enhetens total multiplicerad med gruppens andel i området (det kräver ett totalfält; en enhet vars total saknas utelämnas). Varje resultat anger antalet utelämnade enheter och deras befolkning. En enhet med totalen 0 påverkar inte resultatet. Andra negativa värden, icke-numerisk text och ett gruppantal som är större än totalen avbryter algoritmen med ett meddelande som anger fältet och objektens id.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="52" />
      <source>Input layer (areas, grid cells or a table)</source>
      <translation>Indatalager (områden, rutor eller en tabell)</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="54" />
      <source>Group count fields</source>
      <translation>Fält med gruppantal</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="57" />
      <source>Total (base) field [empty = sum of the groups]</source>
      <translation>Totalfält (bas) [tomt = gruppernas summa]</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="64" />
      <source>Missing values (-1, NULL, '..')</source>
      <translation>Saknade värden (-1, NULL, '..')</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="72" />
      <source>Choose at least one group field.</source>
      <translation>Välj minst ett gruppfält.</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="61" />
      <source>Region field (one result per value, e.g. municipality)</source>
      <translation>Områdesfält (ett resultat per värde, t.ex. kommun)</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="76" />
      <source>The total field '{}' is also chosen as a group field.</source>
      <translation>Totalfältet '{}' är också valt som gruppfält.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="49" />
      <source>Random labelling of units between the two sets (test), with a bootstrap interval</source>
      <translation>Slumpmässig ometikettering (random labelling) av enheterna mellan de två mängderna (test), med ett bootstrapintervall</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="50" />
      <source>Bootstrap only (interval, and the bootstrap test of a zero difference)</source>
      <translation>Endast bootstrap (intervall samt bootstraptest av att skillnaden är noll)</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="59" />
      <source>Compare segregation between two cities or years</source>
      <translation>Jämför segregation mellan två städer eller år</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="62" />
      <source>Difference of segregation indices between two sets of units (two cities, or one city in two years) with a p-value and a confidence interval.</source>
      <translation>Skillnaden i segregationsindex mellan två mängder av enheter (två städer, eller en stad två olika år) med p-värde och konfidensintervall.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="229" />
      <source>Differences between the two sets</source>
      <translation>Skillnader mellan de två mängderna</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="244" />
      <source>Difference = value in set B minus value in set A. Alternative hypothesis: two-sided (the index differs between the two sets, in either direction).</source>
      <translation>Skillnad = värdet i mängd B minus värdet i mängd A. Alternativhypotes: tvåsidig (indexet skiljer sig mellan de två mängderna, i endera riktningen).</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="266" />
      <source>Small units bias the evenness indices upward even when residence is random, the more so the fewer and smaller the units: read a value together with its test, not alone.</source>
      <translation>Små enheter snedvrider jämnhetsindexen uppåt även när bosättningen är slumpmässig, desto mer ju färre och mindre enheterna är: läs ett värde tillsammans med dess test, inte ensamt.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="273" />
      <source>Comparison of segregation between two sets</source>
      <translation>Jämförelse av segregation mellan två mängder</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="66" />
      <source>&lt;p&gt;Is a city's segregation really higher than another's, or higher than it was? The index values of two sets of units differ even when residence is random, especially when the units are few or small. For each chosen index this algorithm computes the value in set A and set B, the &lt;b&gt;difference&lt;/b&gt; (B minus A), a two-sided &lt;b&gt;p-value&lt;/b&gt; and a &lt;b&gt;confidence interval&lt;/b&gt; of the difference.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Random labelling&lt;/b&gt; (default; Rey &amp;amp; Sastré-Gutiérrez 2010, Interregional inequality dynamics in Mexico, Spatial Economic Analysis 5(3); PySAL's TwoValueTest): the null hypothesis is that both sets come from one population of units. Each replicate pools the units of both sets, shuffles them between the sets (keeping the number of units in each) and recomputes the difference. p = 2 × (the smaller number of replicates at least as large, or at least as small, as the observed difference, + 1) / (replicates + 1), at most 1. &lt;b&gt;Bootstrap&lt;/b&gt;: units are resampled with replacement within each set; the interval is the percentile interval of the resampled differences at the chosen confidence level (computed with both methods); with the bootstrap method the p-value tests a zero difference from the same replicates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reading&lt;/b&gt;: a small p (e.g. below 0.05) means a difference as large as the observed one rarely arises by chance; with R replicates p is never below 2 / (R + 1). An interval that excludes 0 agrees with a significant difference, and its width tells how precisely the difference is known.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indices&lt;/b&gt;: single-group indices (e.g. dissimilarity, isolation) are compared for every group field against the rest of the total; multigroup indices (e.g. multigroup dissimilarity, mutual information) once on all group fields (total = their sum, at least two groups). The default is dissimilarity and isolation and, with two or more groups, multigroup dissimilarity and mutual information.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reproducibility&lt;/b&gt;: the random draws come from the seed. Leave &lt;i&gt;Random seed&lt;/i&gt; empty for a new seed: the seed used is written to every output row, to the log and to the report, and running again with it gives identical results. Every group field and the multigroup indices are drawn from the same seed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: one row per index and group with the two values, the difference, the p-value, the mean and standard deviation of the random-labelling differences, the interval, the numbers of units used and dropped in each set, the method, the replicates and the seed. The optional HTML report shows the same as a readable page.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Är en stads segregation verkligen högre än en annans, eller högre än den var tidigare? Indexvärdena för två mängder av enheter skiljer sig åt även när bosättningen är slumpmässig, särskilt när enheterna är få eller små. För varje valt index beräknar algoritmen värdet i mängd A och i mängd B, &lt;b&gt;skillnaden&lt;/b&gt; (B minus A), ett tvåsidigt &lt;b&gt;p-värde&lt;/b&gt; och ett &lt;b&gt;konfidensintervall&lt;/b&gt; för skillnaden.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Slumpmässig ometikettering (random labelling)&lt;/b&gt; (standard; Rey &amp;amp; Sastré-Gutiérrez 2010, Interregional inequality dynamics in Mexico, Spatial Economic Analysis 5(3); PySALs TwoValueTest): nollhypotesen är att båda mängderna kommer från en och samma population av enheter. Varje replikat slår samman enheterna i båda mängderna, blandar om dem mellan mängderna (med oförändrat antal enheter i vardera) och beräknar skillnaden på nytt. p = 2 × (det minsta av antalet replikat som är minst lika stora, respektive minst lika små, som den observerade skillnaden, + 1) / (replikat + 1), högst 1. &lt;b&gt;Bootstrap&lt;/b&gt;: enheterna dras om med återläggning inom varje mängd; intervallet är percentilintervallet för de omsamplade skillnaderna på den valda konfidensnivån (beräknas med båda metoderna); med bootstrapmetoden testar p-värdet utifrån samma replikat om skillnaden är noll.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tolkning&lt;/b&gt;: ett litet p (t.ex. under 0.05) betyder att en lika stor skillnad som den observerade sällan uppstår av en slump; med R replikat är p aldrig under 2 / (R + 1). Ett intervall som utesluter 0 stämmer överens med en signifikant skillnad, och dess bredd visar hur exakt skillnaden är känd.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Index&lt;/b&gt;: engruppsindex (t.ex. olikhetsindex, isoleringsindex) jämförs för varje gruppfält mot resten av totalen; flergruppsindex (t.ex. olikhetsindex för flera grupper, index för ömsesidig information) en gång för alla gruppfält (total = deras summa, minst två grupper). Standardvalet är olikhetsindex och isoleringsindex samt, med två eller fler grupper, olikhetsindex för flera grupper och index för ömsesidig information.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reproducerbarhet&lt;/b&gt;: slumpdragningarna bestäms av slumpfröet. Lämna &lt;i&gt;Slumpfrö&lt;/i&gt; tomt för att få ett nytt frö: det använda fröet skrivs till varje utdatarad, till loggen och till rapporten, och en ny körning med det ger identiska resultat. Alla gruppfält och flergruppsindexen dras från samma frö.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Utdata&lt;/b&gt;: en rad per index och grupp med de två värdena, skillnaden, p-värdet, medelvärdet och standardavvikelsen för skillnaderna vid slumpmässig ometikettering, intervallet, antalet använda och utelämnade enheter i varje mängd, metoden, antalet replikat och fröet. Den valfria HTML-rapporten visar samma innehåll som en läsbar sida.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="104" />
      <source>Indices</source>
      <translation>Index</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="107" />
      <source>Method</source>
      <translation>Metod</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="109" />
      <source>Replicates (permutations and bootstrap samples)</source>
      <translation>Replikat (permutationer och bootstrapurval)</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="115" />
      <source>Confidence level of the interval</source>
      <translation>Intervallets konfidensnivå</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="118" />
      <source>Atkinson shape parameter b (0 &lt; b &lt; 1)</source>
      <translation>Formparameter b för Atkinsons index (0 &lt; b &lt; 1)</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="121" />
      <source>Comparison of segregation</source>
      <translation>Jämförelse av segregation</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="125" />
      <source>Random seed used</source>
      <translation>Använt slumpfrö</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="131" />
      <source>Choose at least one index.</source>
      <translation>Välj minst ett index.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="136" />
      <source>The number of replicates must be at least 1.</source>
      <translation>Antalet replikat måste vara minst 1.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="153" />
      <source>Multigroup indices need at least two group fields.</source>
      <translation>Flergruppsindex kräver minst två gruppfält.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="220" />
      <source>Group</source>
      <translation>Grupp</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="220" />
      <source>Index</source>
      <translation>Index</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="222" />
      <source>Difference B − A</source>
      <translation>Skillnad B − A</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="222" />
      <source>p-value</source>
      <translation>p-värde</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="223" />
      <source>Interval low</source>
      <translation>Intervallets nedre gräns</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="223" />
      <source>Interval high</source>
      <translation>Intervallets övre gräns</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="224" />
      <source>Mean difference under random labelling</source>
      <translation>Medelskillnad vid slumpmässig ometikettering</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="224" />
      <source>Units A</source>
      <translation>Enheter A</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="225" />
      <source>Units B</source>
      <translation>Enheter B</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="225" />
      <source>Dropped A</source>
      <translation>Utelämnade A</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="225" />
      <source>Dropped B</source>
      <translation>Utelämnade B</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="231" />
      <source>Set A</source>
      <translation>Mängd A</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="232" />
      <source>Set B</source>
      <translation>Mängd B</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="233" />
      <source>Group fields</source>
      <translation>Gruppfält</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="234" />
      <source>Total field</source>
      <translation>Totalfält</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="235" />
      <source>Missing values</source>
      <translation>Saknade värden</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="238" />
      <source>Replicates</source>
      <translation>Replikat</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="240" />
      <source>Confidence level</source>
      <translation>Konfidensnivå</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="241" />
      <source>Atkinson b</source>
      <translation>Atkinsons b</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="142" />
      <source>Set A '{a}': {n_a} units; set B '{b}': {n_b} units; {k} groups.</source>
      <translation>Mängd A '{a}': {n_a} enheter; mängd B '{b}': {n_b} enheter; {k} grupper.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="144" />
      <source>Random seed: {}</source>
      <translation>Slumpfrö: {}</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="234" />
      <source>sum of the groups</source>
      <translation>gruppernas summa</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="235" />
      <source>drop the unit</source>
      <translation>utelämna enheten</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="236" />
      <source>impute from the set's rate</source>
      <translation>imputera utifrån mängdens andel</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="261" />
      <source>Interval: the {level:g} % bootstrap percentile interval of the difference (units resampled with replacement within each set, {r} replicates). An interval that excludes 0 agrees with a significant difference; its width shows how precisely the difference is known.</source>
      <translation>Intervall: bootstrappercentilintervallet på {level:g} % för skillnaden (enheterna omsamplade med återläggning inom varje mängd, {r} replikat). Ett intervall som utesluter 0 stämmer överens med en signifikant skillnad; dess bredd visar hur exakt skillnaden är känd.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="269" />
      <source>Random seed {}: running again with this seed gives identical p-values and intervals.</source>
      <translation>Slumpfrö {}: en ny körning med detta frö ger identiska p-värden och intervall.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="213" />
      <source>The random seed must be an integer from 0 to {}.</source>
      <translation>Slumpfröet måste vara ett heltal från 0 till {}.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="221" />
      <source>A: {}</source>
      <translation>A: {}</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="221" />
      <source>B: {}</source>
      <translation>B: {}</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="248" />
      <source>p-value (bootstrap): from the {r} bootstrap differences, p = 2 × (the smaller number of them on either side of 0, + 1) / ({r} + 1), at most 1. A small p (e.g. below 0.05) means the interval of plausible differences lies clearly on one side of 0.</source>
      <translation>p-värde (bootstrap): utifrån de {r} bootstrapskillnaderna är p = 2 × (det mindre av deras antal på vardera sidan om 0, + 1) / ({r} + 1), högst 1. Ett litet p (t.ex. under 0.05) betyder att intervallet av rimliga skillnader ligger tydligt på ena sidan om 0.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="253" />
      <source>p-value (random labelling, Rey &amp; Sastré-Gutiérrez 2010): the null hypothesis is that both sets come from one population of units. Each of the {r} replicates shuffles the units between the two sets (keeping the number of units in each) and recomputes the difference; p = 2 × (the smaller number of replicates at least as large, or at least as small, as the observed difference, + 1) / ({r} + 1), at most 1. A small p (e.g. below 0.05) means a difference this large rarely arises by chance; with {r} replicates p is never below {p_min:.4f}.</source>
      <translation>p-värde (slumpmässig ometikettering, Rey &amp; Sastré-Gutiérrez 2010): nollhypotesen är att båda mängderna kommer från en och samma population av enheter. Vart och ett av de {r} replikaten blandar om enheterna mellan de två mängderna (med oförändrat antal enheter i vardera) och beräknar skillnaden på nytt; p = 2 × (det minsta av antalet replikat som är minst lika stora, respektive minst lika små, som den observerade skillnaden, + 1) / ({r} + 1), högst 1. Ett litet p (t.ex. under 0.05) betyder att en så stor skillnad sällan uppstår av en slump; med {r} replikat är p aldrig under {p_min:.4f}.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="149" />
      <source>Multigroup indices need at least two group fields: {} left out.</source>
      <translation>Flergruppsindex kräver minst två gruppfält: {} utelämnades.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="162" />
      <source>Set {set}, {group}: {n} units dropped ({pop:g} inhabitants).</source>
      <translation>Mängd {set}, {group}: {n} enheter utelämnades ({pop:g} invånare).</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="53" />
      <source>Hierarchical decomposition of M and H into between- and within-parts</source>
      <translation>Hierarkisk dekomponering av M och H i delar mellan och inom enheter</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="54" />
      <source>Shapley decomposition of the difference between two sets into spatial and compositional parts</source>
      <translation>Shapleydekomponering av skillnaden mellan två mängder i en spatial del och en sammansättningsdel</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="58" />
      <source>Composition: the units' group shares</source>
      <translation>Sammansättning (composition): enheternas gruppandelar</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="59" />
      <source>Share: the units' shares of the group and of the rest</source>
      <translation>Andel (share): enheternas andelar av gruppen och av övriga</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="60" />
      <source>Dual composition: group shares and rest shares separately</source>
      <translation>Dubbel sammansättning (dual composition): gruppens andelar och de övrigas andelar var för sig</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="69" />
      <source>Decompose segregation</source>
      <translation>Dekomponera segregation</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="72" />
      <source>Split the mutual information index M into between- and within-parts of nested levels, or the difference between two cities or years into a spatial and a compositional part.</source>
      <translation>Delar upp index för ömsesidig information M i delar mellan och inom nästlade nivåer, eller skillnaden mellan två städer eller år i en spatial del och en sammansättningsdel.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="385" />
      <source>Total</source>
      <translation>Totalt</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="116" />
      <source>&lt;p&gt;In the hierarchical decomposition a unit with a missing group count is dropped (or imputed from the rate of its unit of the finest level); a unit whose level field is NULL stops the algorithm with its feature ids.&lt;/p&gt;</source>
      <translation>&lt;p&gt;I den hierarkiska dekomponeringen utelämnas en enhet med saknat gruppantal (eller så imputeras antalet utifrån andelen i dess enhet på den finaste nivån); en enhet vars nivåfält är NULL avbryter algoritmen med ett meddelande som anger objektens id.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="266" />
      <source>Between- and within-parts (they add up to the total)</source>
      <translation>Delar mellan och inom (de summeras till totalen)</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="273" />
      <source>Units of each level</source>
      <translation>Enheterna på varje nivå</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="284" />
      <source>M = between(first level) + … + between(finest level) + within, exactly (Theil &amp; Finizza 1971; Mora &amp; Ruiz-Castillo 2011). Between(first level) is the segregation between the units of the first level; between(a finer level) the segregation between its units inside their parents; within the segregation between the features inside the units of the finest level. H = M / E splits the same way.</source>
      <translation>M = mellan(första nivån) + … + mellan(finaste nivån) + inom, exakt (Theil &amp; Finizza 1971; Mora &amp; Ruiz-Castillo 2011). Mellan(första nivån) är segregationen mellan enheterna på den första nivån; mellan(en finare nivå) segregationen mellan dess enheter inom deras överordnade enheter; inom segregationen mellan objekten inom enheterna på den finaste nivån. H = M / E delas upp på samma sätt.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="289" />
      <source>For each unit of a level: weight = its share of the population; M inside = its own mutual information (the segregation among the features inside it); contribution = weight × M inside. The contributions of the finest level add up to the within part.</source>
      <translation>För varje enhet på en nivå: vikt = dess andel av befolkningen; inre M = dess egen ömsesidiga information (segregationen mellan objekten inom den); bidrag = vikt × inre M. Bidragen på den finaste nivån summeras till inomdelen.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="292" />
      <source>A large between share means segregation is mostly a matter of which unit of that level people live in; a large within share means it is mostly a matter of the neighbourhood inside them.</source>
      <translation>En stor andel för mellandelen betyder att segregationen främst handlar om i vilken enhet på den nivån människor bor; en stor andel för inomdelen betyder att den främst handlar om grannskapet inom enheterna.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="294" />
      <source>M uses the natural logarithm (0 … ln K for K groups); H = M / E is between 0 and 1.</source>
      <translation>M använder den naturliga logaritmen (0 … ln K för K grupper); H = M / E ligger mellan 0 och 1.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="296" />
      <source>Hierarchical decomposition of segregation</source>
      <translation>Hierarkisk dekomponering av segregation</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="354" />
      <source>Spatial and compositional parts of the difference</source>
      <translation>Skillnadens spatiala del och sammansättningsdel</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="368" />
      <source>Difference = value in set B minus value in set A = c_s + c_a, exactly (Shapley decomposition; Rey, Cortes &amp; Knaap 2021).</source>
      <translation>Skillnad = värdet i mängd B minus värdet i mängd A = c_s + c_a, exakt (Shapleydekomponering; Rey, Cortes &amp; Knaap 2021).</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="370" />
      <source>c_a, the compositional part: the change due to the distribution of the group across the units (how unequal the units' compositions are). c_s, the spatial part: the change due to the spatial structure, the units themselves, their sizes and which of them hold the high and low shares.</source>
      <translation>c_a, sammansättningsdelen: förändringen som beror på gruppens fördelning över enheterna (hur ojämna enheternas sammansättningar är). c_s, den spatiala delen: förändringen som beror på den spatiala strukturen, dvs. enheterna själva, deras storlek och vilka av dem som har de höga och låga andelarna.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="373" />
      <source>Each part is the average of two counterfactual swaps: a city keeps its own units and their rank order but takes the other city's distribution. The columns 'A's units, B's distribution' and 'B's units, A's distribution' are these counterfactual values.</source>
      <translation>Varje del är medelvärdet av två kontrafaktiska byten: en stad behåller sina egna enheter och deras rangordning men får den andra stadens fördelning. Kolumnerna 'A:s enheter, B:s fördelning' och 'B:s enheter, A:s fördelning' är dessa kontrafaktiska värden.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="376" />
      <source>PySAL's DecomposeSegregation reports the parts of value A − value B: its signs are the opposite.</source>
      <translation>PySALs DecomposeSegregation redovisar delarna av värde A − värde B: dess tecken är de motsatta.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="379" />
      <source>Shapley decomposition of a difference in segregation</source>
      <translation>Shapleydekomponering av en skillnad i segregation</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="400" />
      <source>The layer changed while it was read: run the algorithm again.</source>
      <translation>Lagret ändrades medan det lästes: kör algoritmen igen.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="124" />
      <source>Decomposition</source>
      <translation>Dekomponering</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="126" />
      <source>Level fields, coarsest first, e.g. region and kunta [hierarchical decomposition]</source>
      <translation>Nivåfält, grövsta först, t.ex. ett områdesfält och kunta [hierarkisk dekomponering]</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="131" />
      <source>Index [Shapley decomposition]</source>
      <translation>Index [Shapleydekomponering]</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="134" />
      <source>Counterfactual [Shapley decomposition]</source>
      <translation>Kontrafaktisk fördelning [Shapleydekomponering]</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="179" />
      <source>The hierarchical decomposition needs at least two group fields (their sum is the total), e.g. ko_perus and ko_koul, or hr_pi_tul, hr_ke_tul and hr_hy_tul.</source>
      <translation>Den hierarkiska dekomponeringen kräver minst två gruppfält (deras summa är totalen), t.ex. ko_perus och ko_koul, eller hr_pi_tul, hr_ke_tul och hr_hy_tul.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="184" />
      <source>Choose at least one level field for the hierarchical decomposition, e.g. the municipality code kunta (the units themselves are the finest level).</source>
      <translation>Välj minst ett nivåfält för den hierarkiska dekomponeringen, t.ex. kommunkoden kunta (enheterna själva är den finaste nivån).</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="188" />
      <source>A level field is chosen twice.</source>
      <translation>Ett nivåfält är valt två gånger.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="213" />
      <source>Every unit has a missing group count: nothing to decompose.</source>
      <translation>Varje enhet har ett saknat gruppantal: det finns inget att dekomponera.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="225" />
      <source>The usable units have no population: nothing to decompose.</source>
      <translation>De användbara enheterna har ingen befolkning: det finns inget att dekomponera.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="277" />
      <source>Levels, coarsest first</source>
      <translation>Nivåer, grövsta först</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="280" />
      <source>Units used</source>
      <translation>Använda enheter</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="281" />
      <source>Units dropped</source>
      <translation>Utelämnade enheter</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="363" />
      <source>Counterfactual</source>
      <translation>Kontrafaktisk fördelning</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="387" />
      <source>Between the units of {}</source>
      <translation>Mellan enheterna i {}</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="389" />
      <source>Within the units of {}</source>
      <translation>Inom enheterna i {}</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="76" />
      <source>&lt;p&gt;Two decompositions, chosen with &lt;i&gt;Decomposition&lt;/i&gt;.&lt;/p&gt;&lt;h3&gt;Hierarchical decomposition of M and H&lt;/h3&gt;&lt;p&gt;Theil &amp;amp; Finizza (1971) A note on the measurement of racial integration of schools by means of informational concepts, Journal of Mathematical Sociology 1; Mora &amp;amp; Ruiz-Castillo (2011) Entropy-based segregation indices, Sociological Methodology 41; as in Elbers' R package &lt;i&gt;segregation&lt;/i&gt; (Elbers 2023, Sociological Methods &amp;amp; Research 52). The mutual information index M of all units (the features, e.g. postal-code areas) of all group fields (at least two; total = their sum) splits exactly into a &lt;b&gt;between&lt;/b&gt; part for every level and a &lt;b&gt;within&lt;/b&gt; part. Choose one or more &lt;i&gt;level fields&lt;/i&gt;, coarsest first, e.g. a region field and then &lt;code&gt;kunta&lt;/code&gt;; the units themselves are the finest level. Then M = between(first level) + between(second level) + … + within, exactly: between(first level) is the segregation between the units of the first level (e.g. between municipalities), between(next level) the segregation between its units inside their parents, and within the segregation between the features inside the units of the finest level (e.g. between the postal-code areas of each municipality). Theil's H = M / E (E the entropy of the whole population) splits the same way.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reading&lt;/b&gt;: the share of the between part tells how much of the segregation is a matter of which municipality (or region) people live in; the within part how much is a matter of the neighbourhood inside it. The rows of component &lt;code&gt;unit&lt;/code&gt; give, for each unit of each level, its population, its weight (population share), its own M and H (&lt;code&gt;within_M&lt;/code&gt;, &lt;code&gt;within_H&lt;/code&gt;: the segregation inside it) and its additive contribution &lt;code&gt;M&lt;/code&gt; = weight × within_M; for the finest level these contributions add up to the within part. Levels must be nested (a municipality code in one region only); they are ordered by their number of distinct values, so the order chosen does not matter.&lt;/p&gt;&lt;h3&gt;Shapley decomposition of a difference&lt;/h3&gt;&lt;p&gt;Rey, Cortes &amp;amp; Knaap (2021) Comparative spatial segregation analytics, Spatial Demography 9; the method of PySAL's DecomposeSegregation. For a single-group index and every group field, the difference between set B and set A (value_2 − value_1) splits into c_s + c_a exactly. &lt;b&gt;c_a&lt;/b&gt;, the compositional (attribute) part, is the change due to the distribution of the group across the units (how unequal the units' compositions are); &lt;b&gt;c_s&lt;/b&gt;, the spatial part, the change due to the spatial structure: the units themselves, their sizes and which of them hold the high and low shares. Both are Shapley values: averages of swapping one part at a time in the two possible orders, with counterfactual cities that keep their own units and ranks but take the other set's distribution of the units' group shares (&lt;i&gt;composition&lt;/i&gt;), of their shares of the group and of the rest (&lt;i&gt;share&lt;/i&gt;), or of both separately (&lt;i&gt;dual composition&lt;/i&gt;). PySAL reports the parts of value A − value B: its signs are the opposite.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: the hierarchical table (component, level, unit, parent, population, weight, n_subunits, entropy, within_M, within_H, subunit_M, M, H, share) or one row per group field with value_1, value_2, difference, c_s, c_a, the counterfactual values and the units used and dropped in each set; the optional HTML report shows it as a readable page.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Två dekomponeringar, som väljs med &lt;i&gt;Dekomponering&lt;/i&gt;.&lt;/p&gt;&lt;h3&gt;Hierarkisk dekomponering av M och H&lt;/h3&gt;&lt;p&gt;Theil &amp;amp; Finizza (1971) A note on the measurement of racial integration of schools by means of informational concepts, Journal of Mathematical Sociology 1; Mora &amp;amp; Ruiz-Castillo (2011) Entropy-based segregation indices, Sociological Methodology 41; som i Elbers R-paket &lt;i&gt;segregation&lt;/i&gt; (Elbers 2023, Sociological Methods &amp;amp; Research 52). Index för ömsesidig information M för alla enheter (objekten, t.ex. postnummerområden) och alla gruppfält (minst två; total = deras summa) delas exakt upp i en del &lt;b&gt;mellan&lt;/b&gt; enheterna för varje nivå och en del &lt;b&gt;inom&lt;/b&gt; dem. Välj ett eller flera &lt;i&gt;nivåfält&lt;/i&gt;, grövsta först, t.ex. ett områdesfält och sedan &lt;code&gt;kunta&lt;/code&gt;; enheterna själva är den finaste nivån. Då gäller M = mellan(första nivån) + mellan(andra nivån) + … + inom, exakt: mellan(första nivån) är segregationen mellan enheterna på den första nivån (t.ex. mellan kommuner), mellan(nästa nivå) segregationen mellan dess enheter inom deras överordnade enheter, och inom segregationen mellan objekten inom enheterna på den finaste nivån (t.ex. mellan postnummerområdena i varje kommun). Theils H = M / E (där E är entropin för hela befolkningen) delas upp på samma sätt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tolkning&lt;/b&gt;: mellandelens andel visar hur mycket av segregationen som handlar om i vilken kommun (eller vilket område) människor bor; inomdelen hur mycket som handlar om grannskapet inom den. Raderna för komponenten &lt;code&gt;unit&lt;/code&gt; ger för varje enhet på varje nivå dess befolkning, dess vikt (befolkningsandel), dess egna M och H (&lt;code&gt;within_M&lt;/code&gt;, &lt;code&gt;within_H&lt;/code&gt;: segregationen inom den) och dess additiva bidrag &lt;code&gt;M&lt;/code&gt; = vikt × within_M; på den finaste nivån summeras dessa bidrag till inomdelen. Nivåerna måste vara nästlade (en kommunkod i endast ett område); de ordnas efter antalet distinkta värden, så den valda ordningen spelar ingen roll.&lt;/p&gt;&lt;h3&gt;Shapleydekomponering av en skillnad&lt;/h3&gt;&lt;p&gt;Rey, Cortes &amp;amp; Knaap (2021) Comparative spatial segregation analytics, Spatial Demography 9; metoden i PySALs DecomposeSegregation. För ett engruppsindex och varje gruppfält delas skillnaden mellan mängd B och mängd A (value_2 − value_1) exakt upp i c_s + c_a. &lt;b&gt;c_a&lt;/b&gt;, sammansättningsdelen (attribute), är förändringen som beror på gruppens fördelning över enheterna (hur ojämna enheternas sammansättningar är); &lt;b&gt;c_s&lt;/b&gt;, den spatiala delen, är förändringen som beror på den spatiala strukturen: enheterna själva, deras storlek och vilka av dem som har de höga och låga andelarna. Båda är Shapleyvärden: medelvärden av att byta en del i taget i de två möjliga ordningarna, med kontrafaktiska städer som behåller sina egna enheter och rangordningar men får den andra mängdens fördelning av enheternas gruppandelar (&lt;i&gt;sammansättning&lt;/i&gt;), av deras andelar av gruppen och av övriga (&lt;i&gt;andel&lt;/i&gt;), eller av båda var för sig (&lt;i&gt;dubbel sammansättning&lt;/i&gt;). PySAL redovisar delarna av värde A − värde B: dess tecken är de motsatta.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Utdata&lt;/b&gt;: den hierarkiska tabellen (component, level, unit, parent, population, weight, n_subunits, entropy, within_M, within_H, subunit_M, M, H, share) eller en rad per gruppfält med value_1, value_2, difference, c_s, c_a, de kontrafaktiska värdena och de använda och utelämnade enheterna i varje mängd; den valfria HTML-rapporten visar den som en läsbar sida.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="157" />
      <source>The Shapley decomposition does not use the level fields: ignored.</source>
      <translation>Shapleydekomponeringen använder inte nivåfälten: de ignoreras.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="200" />
      <source>Levels, coarsest first: {}.</source>
      <translation>Nivåer, grövsta först: {}.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="232" />
      <source>M = {m:.6f}, H = {h:.6f} on {n} units.</source>
      <translation>M = {m:.6f}, H = {h:.6f} för {n} enheter.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="264" />
      <source>Component</source>
      <translation>Komponent</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="264" />
      <source>M</source>
      <translation>M</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="264" />
      <source>H</source>
      <translation>H</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="265" />
      <source>Share of M</source>
      <translation>Andel av M</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="269" />
      <source>Level</source>
      <translation>Nivå</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="269" />
      <source>Unit</source>
      <translation>Enhet</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="269" />
      <source>Parent</source>
      <translation>Överordnad enhet</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="270" />
      <source>Population</source>
      <translation>Befolkning</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="270" />
      <source>Weight</source>
      <translation>Vikt</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="271" />
      <source>Sub-units</source>
      <translation>Underenheter</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="271" />
      <source>M inside</source>
      <translation>Inre M</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="272" />
      <source>H inside</source>
      <translation>Inre H</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="272" />
      <source>Contribution to M</source>
      <translation>Bidrag till M</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="279" />
      <source>impute from the rate of the finest level's unit</source>
      <translation>imputera utifrån andelen i enheten på den finaste nivån</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="306" />
      <source>Set 1 (A) '{a}': {n_a} units; set 2 (B) '{b}': {n_b} units.</source>
      <translation>Mängd 1 (A) '{a}': {n_a} enheter; mängd 2 (B) '{b}': {n_b} enheter.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="349" />
      <source>Spatial part c_s</source>
      <translation>Spatial del c_s</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="349" />
      <source>Compositional part c_a</source>
      <translation>Sammansättningsdel c_a</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="350" />
      <source>A's units, B's distribution</source>
      <translation>A:s enheter, B:s fördelning</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="351" />
      <source>B's units, A's distribution</source>
      <translation>B:s enheter, A:s fördelning</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="191" />
      <source>The level field '{}' is also chosen as a group or total field.</source>
      <translation>Nivåfältet '{}' är också valt som grupp- eller totalfält.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="208" />
      <source>{n} units dropped because of missing values ({pop:g} inhabitants).</source>
      <translation>{n} enheter utelämnades på grund av saknade värden ({pop:g} invånare).</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="211" />
      <source>{} units with imputed group counts.</source>
      <translation>{} enheter med imputerade gruppantal.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="235" />
      <source>{component}: M = {m:.6f} ({share:.1%} of M).</source>
      <translation>{component}: M = {m:.6f} ({share:.1%} av M).</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="281" />
      <source>{n} ({pop:g} inhabitants)</source>
      <translation>{n} ({pop:g} invånare)</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="151" />
      <source>The hierarchical decomposition does not use {}: ignored.</source>
      <translation>Den hierarkiska dekomponeringen använder inte {}: de ignoreras.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="218" />
      <source>The level field '{field}' is empty (NULL) in features {ids}: give every unit its {field}, or filter these features out.</source>
      <translation>Nivåfältet '{field}' är tomt (NULL) i objekten {ids}: ge varje enhet ett värde i {field}, eller filtrera bort dessa objekt.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="254" />
      <source>The levels are not nested: {child} '{value}' lies in more than one {parent} ({parents}). Each unit of a level must lie in one unit of the level above; use codes that are unique (e.g. the municipality code, not a district number that repeats in every municipality).</source>
      <translation>Nivåerna är inte nästlade: {child} '{value}' ligger i mer än en enhet av {parent} ({parents}). Varje enhet på en nivå måste ligga i en enda enhet på nivån ovanför; använd unika koder (t.ex. kommunkoden, inte ett stadsdelsnummer som upprepas i varje kommun).</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="317" />
      <source>Group '{group}' in set '{set}': {x:g} of {t:g} inhabitants. The group must be present and must not be the whole population, or the index is undefined.</source>
      <translation>Gruppen '{group}' i mängd '{set}': {x:g} av {t:g} invånare. Gruppen måste finnas och får inte utgöra hela befolkningen, annars är indexet odefinierat.</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="67" />
      <source>Disadvantage index</source>
      <translation>Utsatthetsindex</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="76" />
      <source>A composite index of several disadvantage rates per area, flags for multiple disadvantage and for small, unreliable bases.</source>
      <translation>Ett sammansatt index av flera andelar som mäter utsatthet per delområde, med flaggor för multipel utsatthet och för små, otillförlitliga baser.</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="80" />
      <source>&lt;p&gt;Combines several rates (e.g. low-income households, unemployment, basic education only) into one disadvantage index per area, and marks the areas that are disadvantaged on &lt;i&gt;every&lt;/i&gt; indicator at once.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indicators&lt;/b&gt;: one row per indicator: a short name (used in the output field names), the count and the base (a field or an expression such as &lt;code&gt;pt_tyoll + pt_tyott&lt;/code&gt;), a weight and whether a higher rate is worse (yes) or better (no, e.g. higher education). The default rows are Statistics Finland's Paavo fields: &lt;code&gt;tr_pi_tul / tr_kuty&lt;/code&gt;, &lt;code&gt;pt_tyott / (pt_tyoll + pt_tyott)&lt;/code&gt; and &lt;code&gt;ko_perus / ko_ika18y&lt;/code&gt;. Suppressed values (-1, NULL, '..') are missing, never zero: an expression with a suppressed part is missing.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Standardisation&lt;/b&gt;: z-score (Townsend 1987), index with the reference rate = 100 (Helsinki's practice), or percentile rank. Every component is turned so that higher means more disadvantaged; the index is their weighted mean. &lt;b&gt;Reference&lt;/b&gt;: the whole layer, or each region (city) separately.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Multiple disadvantage&lt;/b&gt;: every indicator over its threshold (the worst fifth of the reference, or a multiple of the reference rate). Areas whose base is below the minimum (default 30, Statistics Finland's rule for small areas) are flagged &lt;code&gt;unreliable&lt;/code&gt;, not dropped. Empirical Bayes smoothing (Marshall 1991) pulls the rates of small areas towards the reference rate.&lt;/p&gt;&lt;p&gt;Output fields per indicator: &lt;code&gt;&amp;lt;name&amp;gt;_rate&lt;/code&gt;, &lt;code&gt;_std&lt;/code&gt;, &lt;code&gt;_above&lt;/code&gt; and &lt;code&gt;_unreliable&lt;/code&gt;; then &lt;code&gt;disadvantage_index&lt;/code&gt;, &lt;code&gt;n_indicators&lt;/code&gt;, &lt;code&gt;n_missing&lt;/code&gt;, &lt;code&gt;n_above&lt;/code&gt;, &lt;code&gt;multiple_disadvantage&lt;/code&gt; and &lt;code&gt;unreliable&lt;/code&gt;. On the command line give the indicator table as one comma-separated list, row after row (expressions without commas).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Kombinerar flera andelar (t.ex. låginkomsthushåll, arbetslöshet, endast grundläggande utbildning) till ett utsatthetsindex per delområde och markerar de delområden som är utsatta enligt &lt;i&gt;varje&lt;/i&gt; indikator samtidigt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indikatorer&lt;/b&gt;: en rad per indikator: ett kort namn (används i utdatafältens namn), antalet och basen (ett fält eller ett uttryck som &lt;code&gt;pt_tyoll + pt_tyott&lt;/code&gt;), en vikt och om en högre andel är sämre (ja) eller bättre (nej, t.ex. högre utbildning). Standardraderna är fält i Statistikcentralens Paavo-data: &lt;code&gt;tr_pi_tul / tr_kuty&lt;/code&gt;, &lt;code&gt;pt_tyott / (pt_tyoll + pt_tyott)&lt;/code&gt; och &lt;code&gt;ko_perus / ko_ika18y&lt;/code&gt;. Skyddade värden (-1, NULL, '..') är saknade, aldrig noll: ett uttryck med en skyddad del är saknat.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Standardisering&lt;/b&gt;: z-värde (Townsend 1987), index med referensandelen = 100 (Helsingfors stads praxis) eller percentilrang. Varje komponent vänds så att ett högre värde betyder större utsatthet; indexet är komponenternas viktade medelvärde. &lt;b&gt;Referensområde&lt;/b&gt;: hela lagret eller varje område (stad) för sig.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Multipel utsatthet&lt;/b&gt;: varje indikator är över sin tröskel (referensområdets sämsta femtedel eller en multipel av referensandelen). Delområden vars bas är under minimivärdet (standard 30, Statistikcentralens regel för små områden) flaggas som otillförlitliga (&lt;code&gt;unreliable&lt;/code&gt;) men utelämnas inte. Empirisk Bayes-utjämning (Marshall 1991) drar små delområdens andelar mot referensandelen.&lt;/p&gt;&lt;p&gt;Utdatafält per indikator: &lt;code&gt;&amp;lt;name&amp;gt;_rate&lt;/code&gt;, &lt;code&gt;_std&lt;/code&gt;, &lt;code&gt;_above&lt;/code&gt; och &lt;code&gt;_unreliable&lt;/code&gt;; därefter &lt;code&gt;disadvantage_index&lt;/code&gt;, &lt;code&gt;n_indicators&lt;/code&gt;, &lt;code&gt;n_missing&lt;/code&gt;, &lt;code&gt;n_above&lt;/code&gt;, &lt;code&gt;multiple_disadvantage&lt;/code&gt; och &lt;code&gt;unreliable&lt;/code&gt;. På kommandoraden anges indikatortabellen som en enda kommaseparerad lista, rad för rad (uttryck utan kommatecken).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="193" />
      <source>Indicator '{field}' has a negative or infinite count or base in features {ids}. Counts must be &gt;= 0 (-1 is read as suppressed).</source>
      <translation>Indikatorn '{field}' har ett negativt eller oändligt antal eller en negativ eller oändlig bas i objekten {ids}. Antalen måste vara &gt;= 0 (-1 tolkas som ett skyddat värde).</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="195" />
      <source>Indicator '{field}' has a count larger than its base in features {ids}: a share cannot exceed 1. Check that the base is the population the count is part of.</source>
      <translation>Indikatorn '{field}' har ett antal som är större än basen i objekten {ids}: en andel kan inte överstiga 1. Kontrollera att basen är den befolkning som antalet ingår i.</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="242" />
      <source>Reference values per indicator</source>
      <translation>Referensvärden per indikator</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="250" />
      <source>Index per reference</source>
      <translation>Index per referensområde</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="251" />
      <source>Rates are count / base; suppressed values (-1, NULL, '..') are missing, never zero. Components are oriented so that higher means more disadvantaged.</source>
      <translation>Andelarna är antal / bas; skyddade värden (-1, NULL, '..') är saknade, aldrig noll. Komponenterna är vända så att ett högre värde betyder större utsatthet.</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="253" />
      <source>Source of the data: see the layer's own attribution (e.g. Statistics Finland, Paavo, CC BY 4.0).</source>
      <translation>Datakälla: se lagrets egen källhänvisning (t.ex. Statistikcentralen, Paavo, CC BY 4.0).</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="112" />
      <source>Standardisation</source>
      <translation>Standardisering</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="114" />
      <source>Reference</source>
      <translation>Referensområde</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="116" />
      <source>Threshold of disadvantage</source>
      <translation>Tröskel för utsatthet</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="120" />
      <source>Multiple of the reference rate</source>
      <translation>Multipel av referensandelen</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="123" />
      <source>Minimum base for a reliable rate (0 = no check)</source>
      <translation>Minsta bas för en tillförlitlig andel (0 = ingen kontroll)</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="125" />
      <source>Missing components</source>
      <translation>Saknade komponenter</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="129" />
      <source>Empirical Bayes smoothing of the rates</source>
      <translation>Empirisk Bayes-utjämning av andelarna</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="134" />
      <source>Units with multiple disadvantage</source>
      <translation>Enheter med multipel utsatthet</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="135" />
      <source>Units with an unreliable base</source>
      <translation>Enheter med en otillförlitlig bas</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="145" />
      <source>'Each region separately' needs a region field.</source>
      <translation>'Varje område för sig' kräver ett områdesfält.</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="230" />
      <source>Region field</source>
      <translation>Områdesfält</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="235" />
      <source>Settings</source>
      <translation>Inställningar</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="237" />
      <source>Indicator</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="238" />
      <source>Reference rate</source>
      <translation>Referensandel</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="238" />
      <source>Mean of unit rates</source>
      <translation>Medelvärde av enheternas andelar</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="239" />
      <source>Standard deviation</source>
      <translation>Standardavvikelse</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="239" />
      <source>Threshold rate</source>
      <translation>Tröskelandel</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="240" />
      <source>Units with a rate</source>
      <translation>Enheter med en andel</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="240" />
      <source>Units over the threshold</source>
      <translation>Enheter över tröskeln</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="241" />
      <source>Unreliable units</source>
      <translation>Otillförlitliga enheter</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="241" />
      <source>Missing</source>
      <translation>Saknade</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="247" />
      <source>Units with an index</source>
      <translation>Enheter med ett index</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="247" />
      <source>Mean index</source>
      <translation>Indexets medelvärde</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="248" />
      <source>Multiple disadvantage</source>
      <translation>Multipel utsatthet</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="249" />
      <source>Notes</source>
      <translation>Anmärkningar</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="161" />
      <source>{} of {} units are disadvantaged on every indicator; {} have a base below the minimum.</source>
      <translation>{} av {} enheter är utsatta enligt varje indikator; {} har en bas under minimivärdet.</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="113" />
      <source>z-score</source>
      <translation>z-värde</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="113" />
      <source>Index, reference rate = 100</source>
      <translation>Index, referensandel = 100</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="113" />
      <source>Percentile rank</source>
      <translation>Percentilrang</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="115" />
      <source>The whole layer</source>
      <translation>Hela lagret</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="115" />
      <source>Each region separately</source>
      <translation>Varje område för sig</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="117" />
      <source>Worst fifth (top quintile) of the reference</source>
      <translation>Referensområdets sämsta femtedel (översta kvintilen)</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="117" />
      <source>A multiple of the reference rate</source>
      <translation>En multipel av referensandelen</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="126" />
      <source>Index from the available components</source>
      <translation>Index av de tillgängliga komponenterna</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="126" />
      <source>No index when a component is missing</source>
      <translation>Inget index när en komponent saknas</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="127" />
      <source>Impute the reference rate</source>
      <translation>Imputera referensandelen</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="165" />
      <source>{} units have at least one missing (suppressed) component.</source>
      <translation>{} enheter saknar minst en komponent (skyddat värde).</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="231" />
      <source>Indicator {}</source>
      <translation>Indikator {}</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="232" />
      <source>{count} / {base}, weight {weight:g}, higher is worse: {worse}</source>
      <translation>{count} / {base}, vikt {weight:g}, högre är sämre: {worse}</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="234" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="234" />
      <source>no</source>
      <translation>nej</translation>
    </message>
    <message>
      <location filename="../algorithms/geometry.py" line="37" />
      <source>{} needs a projected coordinate reference system (metres), but the layer is in {} (degrees). Reproject it first, e.g. to ETRS-TM35FIN (EPSG:3067) for Finland.</source>
      <translation>{} kräver ett projicerat koordinatreferenssystem (meter), men lagret är i {} (grader). Projicera om lagret först, t.ex. till ETRS-TM35FIN (EPSG:3067) för Finland.</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="42" />
      <source>Aspatial, spatial and kernel-smoothed segregation indices per region (city) and group, in one table.</source>
      <translation>Icke-spatiala, spatiala och kärnutjämnade segregationsindex per område (stad) och grupp, i en tabell.</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="62" />
      <source>&lt;h3&gt;Spatial indices&lt;/h3&gt;&lt;p&gt;On a layer with geometry the spatial indices are computed too (leave &lt;i&gt;Indices&lt;/i&gt; empty for every index that applies). Spatial dissimilarity uses the chosen spatial weights (queen contiguity by default; neighbours only within the region); the boundary and perimeter/area versions use the length of the boundaries units share (with the snapping tolerance); the distance-decay, concentration and centralization indices use centroids and areas and need a projected CRS in metres (e.g. EPSG:3067). Distance decay follows Massey &amp;amp; Denton (exp of minus the distance in km, self-distance sqrt(0.6 area)) or, as an option, PySAL 2.5's convention, whose values differ. Centralization measures distance to the region's centroid, the population-weighted mean centre, or the nearest point of a centre layer (polycentric cities). With a &lt;i&gt;bandwidth&lt;/i&gt; above 0 the &lt;code&gt;surface_&lt;/code&gt; indices compute each aspatial index on kernel-smoothed local environments (Reardon &amp;amp; O'Sullivan 2004), not rounded to whole persons. Points and tables get the indices their geometry allows.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Spatiala index&lt;/h3&gt;&lt;p&gt;För ett lager med geometri beräknas även de spatiala indexen (lämna &lt;i&gt;Index&lt;/i&gt; tomt för att få alla tillämpliga index). Det spatiala olikhetsindexet använder de valda spatiala vikterna (drottningangränsning (queen) som standard; grannar endast inom området); versionerna baserade på gränslängd och på omkrets/areal använder längden på de gränser som enheterna delar (med fästtoleransen); indexen för avståndsavtagande, koncentration och centralisering använder centroider och arealer och kräver ett projicerat koordinatreferenssystem i meter (t.ex. EPSG:3067). Avståndsavtagandet följer Massey &amp;amp; Denton (exp av minus avståndet i km, avståndet till sig själv sqrt(0.6 areal)) eller, som alternativ, konventionen i PySAL 2.5, vars värden avviker. Centraliseringen mäter avståndet till områdets centroid, den befolkningsviktade medelpunkten eller närmaste punkt i ett centrumlager (flerkärniga städer). Med en &lt;i&gt;bandbredd&lt;/i&gt; över 0 beräknar &lt;code&gt;surface_&lt;/code&gt;-indexen varje icke-spatialt index på kärnutjämnade lokala omgivningar (Reardon &amp;amp; O'Sullivan 2004), utan avrundning till hela personer. Punkter och tabeller får de index som deras geometri medger.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="156" />
      <source>Dropped units</source>
      <translation>Utelämnade enheter</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="156" />
      <source>Dropped population</source>
      <translation>Utelämnad befolkning</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="157" />
      <source>Total population</source>
      <translation>Befolkning totalt</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="157" />
      <source>Group population</source>
      <translation>Gruppens befolkning</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="158" />
      <source>Group share</source>
      <translation>Gruppens andel</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="158" />
      <source>Imputed units</source>
      <translation>Imputerade enheter</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="207" />
      <source>Inference: null model and bootstrap interval</source>
      <translation>Inferens: nollmodell och bootstrapintervall</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="59" />
      <source>&lt;p&gt;Formulas: Massey &amp;amp; Denton (1988) The dimensions of residential segregation, Social Forces 67(2); Reardon &amp;amp; Firebaugh (2002) Measures of multigroup segregation, Sociological Methodology 32. Values match PySAL's segregation package where the formulas coincide.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Formler: Massey &amp;amp; Denton (1988) The dimensions of residential segregation, Social Forces 67(2); Reardon &amp;amp; Firebaugh (2002) Measures of multigroup segregation, Sociological Methodology 32. Värdena stämmer överens med PySAL-paketet segregation där formlerna sammanfaller.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="80" />
      <source>Indices [none chosen = every index that applies]</source>
      <translation>Index [inget valt = alla tillämpliga index]</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="102" />
      <source>Spatial indices need a layer with geometry; this input is a table.</source>
      <translation>Spatiala index kräver ett lager med geometri; denna indata är en tabell.</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="204" />
      <source>Value</source>
      <translation>Värde</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="205" />
      <source>Mean under the null</source>
      <translation>Medelvärde under nollmodellen</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="108" />
      <source>{} units, {} regions, {} groups.</source>
      <translation>{} enheter, {} områden, {} grupper.</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="167" />
      <source>Single-group indices (group against the rest)</source>
      <translation>Engruppsindex (gruppen mot övriga)</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="171" />
      <source>Multigroup indices (all groups)</source>
      <translation>Flergruppsindex (alla grupper)</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="176" />
      <source>none (one region)</source>
      <translation>ingen (ett område)</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="177" />
      <source>impute from the region's rate</source>
      <translation>imputera utifrån områdets andel</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="182" />
      <source>Null model</source>
      <translation>Nollmodell</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="184" />
      <source>Seed</source>
      <translation>Slumpfrö</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="50" />
      <source>&lt;p&gt;Computes the classic aspatial segregation indices of each group against the rest of the total, and the multigroup indices of all groups together, for every region (e.g. municipality) in one run.&lt;/p&gt;&lt;p&gt;Choose the group count fields (e.g. &lt;code&gt;ko_perus&lt;/code&gt;) and their total (base) field (e.g. &lt;code&gt;ko_ika18y&lt;/code&gt;); each Paavo theme has its own base. Without a total field the total of a unit is the sum of the groups. Multigroup indices use the groups only (total = their sum) and need at least two group fields.&lt;/p&gt;&lt;p&gt;The output table has one row per region and group (single-group indices) and one row per region with group '(all groups)' (multigroup indices), with the number of units used and dropped and the population they held.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Beräknar de klassiska icke-spatiala segregationsindexen för varje grupp mot resten av totalen samt flergruppsindexen för alla grupper tillsammans, för varje område (t.ex. kommun) i en och samma körning.&lt;/p&gt;&lt;p&gt;Välj fälten med gruppantal (t.ex. &lt;code&gt;ko_perus&lt;/code&gt;) och deras totalfält, dvs. basen (t.ex. &lt;code&gt;ko_ika18y&lt;/code&gt;); varje Paavo-tema har sin egen bas. Utan totalfält är en enhets total summan av grupperna. Flergruppsindexen använder endast grupperna (total = deras summa) och kräver minst två gruppfält.&lt;/p&gt;&lt;p&gt;Utdatatabellen har en rad per område och grupp (engruppsindex) och en rad per område med gruppen '(all groups)', dvs. alla grupper (flergruppsindex), med antalet använda och utelämnade enheter och deras befolkning.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="123" />
      <source>Spatial weights: {}</source>
      <translation>Spatiala vikter: {}</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="144" />
      <source>Region {region}, {group}: {n} units dropped ({pop:g} inhabitants).</source>
      <translation>Område {region}, {group}: {n} enheter utelämnades ({pop:g} invånare).</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="148" />
      <source>Region {} has fewer than two usable units: its evenness indices are 0 or empty by construction and say nothing about segregation.</source>
      <translation>Området {} har färre än två användbara enheter: dess jämnhetsindex är per definition 0 eller tomma och säger ingenting om segregation.</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="50" />
      <source>Indicators (name, count, base, weight, higher is worse)</source>
      <translation>Indikatorer (namn, antal, bas, vikt, högre är sämre)</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="61" />
      <source>Give at least one indicator (name, count, base, weight, higher is worse).</source>
      <translation>Ange minst en indikator (namn, antal, bas, vikt, högre är sämre).</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="52" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="52" />
      <source>Count (field or expression)</source>
      <translation>Antal (fält eller uttryck)</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="52" />
      <source>Base (field or expression)</source>
      <translation>Bas (fält eller uttryck)</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="53" />
      <source>Higher is worse (yes/no)</source>
      <translation>Högre är sämre (ja/nej)</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="117" />
      <source>'Higher is worse' of indicator '{}' must be yes or no, not '{}'.</source>
      <translation>'Högre är sämre' för indikatorn '{}' måste vara ja eller nej, inte '{}'.</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="63" />
      <source>The indicator table has {} cells, not a multiple of 5 (name, count, base, weight, higher is worse). On the command line, give the cells separated by commas; expressions must not contain commas.</source>
      <translation>Indikatortabellen har {} celler, vilket inte är en multipel av 5 (namn, antal, bas, vikt, högre är sämre). Ange cellerna åtskilda med kommatecken på kommandoraden; uttrycken får inte innehålla kommatecken.</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="72" />
      <source>count</source>
      <translation>antal</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="73" />
      <source>base</source>
      <translation>bas</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="78" />
      <source>Indicator names must be unique: {} is used twice.</source>
      <translation>Indikatornamnen måste vara unika: {} används två gånger.</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="87" />
      <source>Indicator name '{}' (row {}) must start with a letter and contain only letters, digits and '_' (at most 30 characters): it becomes part of the output field names.</source>
      <translation>Indikatornamnet '{}' (rad {}) måste börja med en bokstav och får bara innehålla bokstäver (a–z), siffror och '_' (högst 30 tecken): det blir en del av utdatafältens namn.</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="95" />
      <source>Row {} of the indicator table has no {} field or expression.</source>
      <translation>Rad {} i indikatortabellen saknar {} (fält eller uttryck).</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="106" />
      <source>The weight of indicator '{}' must be a positive number, not '{}'.</source>
      <translation>Vikten för indikatorn '{}' måste vara ett positivt tal, inte '{}'.</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="144" />
      <source>Indicator '{}': '{}' is neither a field of the layer nor a valid expression ({}).</source>
      <translation>Indikator '{}': '{}' är varken ett fält i lagret eller ett giltigt uttryck ({}).</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="150" />
      <source>Indicator '{}': the expression '{}' uses '{}', which is not a field of the layer.</source>
      <translation>Indikator '{}': uttrycket '{}' använder '{}', som inte är ett fält i lagret.</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="176" />
      <source>The expression '{}' failed on feature {}: {}</source>
      <translation>Uttrycket '{}' misslyckades för objekt {}: {}</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="23" />
      <source>Inference: null model</source>
      <translation>Inferens: nollmodell</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="29" />
      <source>Permutations (null replicates; also bootstrap replications)</source>
      <translation>Permutationer (replikat under nollmodellen; även bootstrapreplikat)</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="35" />
      <source>Confidence level of the bootstrap intervals</source>
      <translation>Konfidensnivå för bootstrapintervallen</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="87" />
      <source>Inference: {model}, {n} permutations, seed {seed}.</source>
      <translation>Inferens: {model}, {n} permutationer, slumpfrö {seed}.</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="24" />
      <source>None (no inference)</source>
      <translation>Ingen (ingen inferens)</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="24" />
      <source>Evenness: unit totals fixed, groups drawn from the region's shares</source>
      <translation>Jämnhet: enheternas totaler fasta, grupperna dras utifrån områdets andelar</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="25" />
      <source>Systematic: group totals fixed, members placed in proportion to unit size (Allen et al. 2015)</source>
      <translation>Systematisk: gruppernas totaler fasta, medlemmarna placeras i proportion till enhetens storlek (Allen et al. 2015)</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="26" />
      <source>Person permutation: unit and group totals fixed</source>
      <translation>Personpermutation: enheternas och gruppernas totaler fasta</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="27" />
      <source>Geographic permutation: units shuffled over locations (spatial indices)</source>
      <translation>Geografisk permutation: enheterna blandas om mellan lägena (spatiala index)</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="38" />
      <source>Automatic: more segregated (or less mixed) than the null</source>
      <translation>Automatisk: mer segregerat (eller mindre blandat) än under nollmodellen</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="50" />
      <source>'{parameter}' must be at least 1 with a null model; choose '{none}' to compute the indices without inference.</source>
      <translation>'{parameter}' måste vara minst 1 med en nollmodell; välj '{none}' för att beräkna indexen utan statistisk inferens.</translation>
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
      <location filename="../algorithms/multiscalar_profile.py" line="159" />
      <source>Multiscalar segregation profile</source>
      <translation>Flerskalig segregationsprofil</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="162" />
      <source>Spatial segregation indices on kernel-smoothed local environments over a list of bandwidths, per region: a table and a chart of the profile.</source>
      <translation>Spatiala segregationsindex på kärnutjämnade lokala omgivningar för en lista av bandbredder, per område: profilen som tabell och diagram.</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="191" />
      <source>&lt;p&gt;A unit dropped because of missing values is left out of the environments too (its location is not used).&lt;/p&gt;</source>
      <translation>&lt;p&gt;En enhet som utelämnats på grund av saknade värden utelämnas även från omgivningarna (dess läge används inte).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="331" />
      <source>Bandwidth (m, log scale)</source>
      <translation>Bandbredd (m, logaritmisk skala)</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="331" />
      <source>Index value</source>
      <translation>Indexvärde</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="332" />
      <source>0 (aspatial)</source>
      <translation>0 (icke-spatialt)</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="332" />
      <source>all units</source>
      <translation>alla enheter</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="363" />
      <source>Index value by bandwidth; one line per region.</source>
      <translation>Indexvärde efter bandbredd; en linje per område.</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="367" />
      <source>A value that falls steeply as the bandwidth grows means micro-scale segregation; a flat profile means large-scale segregation. Bandwidth 0 is the aspatial value.</source>
      <translation>Ett värde som sjunker brant när bandbredden växer betyder segregation i liten skala; en flack profil betyder segregation i stor skala. Bandbredden 0 ger det icke-spatiala värdet.</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="389" />
      <source>Index values by bandwidth</source>
      <translation>Indexvärden per bandbredd</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="166" />
      <source>&lt;p&gt;Shows at which scale segregation lives. For every bandwidth (e.g. 250, 500, 1000, 2000 and 4000 m) each unit's &lt;i&gt;local environment&lt;/i&gt; is the population around it, weighted by a distance kernel, the unit itself included; the chosen aspatial indices are then computed on these environments for every region (city), as in Reardon &amp;amp; O'Sullivan (2004) Measures of spatial segregation, Sociological Methodology 34, and Reardon et al. (2008) The geographic scale of metropolitan racial segregation, Demography 45(3). A bandwidth of 0 gives the aspatial value.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reading the profile&lt;/b&gt;: a value that falls steeply as the bandwidth grows means micro-scale segregation (groups live apart in neighbouring blocks, but the larger districts are mixed); a flat profile means large-scale segregation (whole districts differ). Compare cities by the level and by the shape of their lines.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Local environments&lt;/b&gt;: the smoothed counts of every group and of the total are sum&lt;sub&gt;j&lt;/sub&gt; K(d&lt;sub&gt;ij&lt;/sub&gt;/h) x&lt;sub&gt;j&lt;/sub&gt; over the units within the bandwidth h (distances between centroids, in metres: the layer needs a projected CRS such as ETRS-TM35FIN, EPSG:3067). Kernels as in libpysal: Gaussian (default, cut at the bandwidth), triangular, uniform, Epanechnikov, quartic. The unit's own weight is the kernel at distance 0, K(0) (PySAL sets it to 1: the two agree for the triangular kernel only). The smoothed counts are not rounded (PySAL's segregation package rounds them to whole persons), so values differ from PySAL's by that rounding. With &lt;b&gt;Environments stop at region borders&lt;/b&gt; (default) a unit's environment only holds units of its own region. Regular grids (e.g. 250 m cells) are smoothed by FFT convolution, without a weights matrix.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: one row per bandwidth, region, index and group (single-group indices: each group against the rest of the total; multigroup indices: group '(all groups)'), with the value and the numbers of units used and dropped. The optional chart (PNG or SVG by the file extension) has one panel per index and group and one line per region, the bandwidth on a log scale; the optional HTML report holds the chart and the table.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Visar i vilken skala segregationen finns. För varje bandbredd (t.ex. 250, 500, 1000, 2000 och 4000 m) är varje enhets &lt;i&gt;lokala omgivning&lt;/i&gt; befolkningen runt den, viktad med en avståndsberoende kärnfunktion (kernel), inklusive enheten själv; de valda icke-spatiala indexen beräknas sedan på dessa omgivningar för varje område (stad), som i Reardon &amp;amp; O'Sullivan (2004) Measures of spatial segregation, Sociological Methodology 34, och Reardon et al. (2008) The geographic scale of metropolitan racial segregation, Demography 45(3). Bandbredden 0 ger det icke-spatiala värdet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Att läsa profilen&lt;/b&gt;: ett värde som sjunker brant när bandbredden växer betyder segregation i liten skala (grupperna bor åtskilda i angränsande kvarter, men de större stadsdelarna är blandade); en flack profil betyder segregation i stor skala (hela stadsdelar skiljer sig åt). Jämför städer efter nivån och formen på deras linjer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lokala omgivningar&lt;/b&gt;: de utjämnade antalen för varje grupp och för totalen är sum&lt;sub&gt;j&lt;/sub&gt; K(d&lt;sub&gt;ij&lt;/sub&gt;/h) x&lt;sub&gt;j&lt;/sub&gt; över enheterna inom bandbredden h (avstånd mellan centroider i meter: lagret behöver ett projicerat koordinatreferenssystem såsom ETRS-TM35FIN, EPSG:3067). Kärnfunktioner som i libpysal: gaussisk (standard, avskuren vid bandbredden), triangulär, likformig, Epanechnikov, kvartisk. Enhetens egen vikt är kärnfunktionen vid avståndet 0, K(0) (PySAL sätter den till 1: de två stämmer överens endast för den triangulära kärnfunktionen). De utjämnade antalen avrundas inte (PySAL-paketet segregation avrundar dem till hela personer), så värdena skiljer sig från PySALs med denna avrundning. Med &lt;b&gt;Omgivningarna slutar vid områdesgränserna&lt;/b&gt; (standard) innehåller en enhets omgivning endast enheter i dess eget område. Regelbundna rutnät (t.ex. rutor på 250 m) utjämnas med FFT-faltning, utan viktmatris.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Utdata&lt;/b&gt;: en rad per bandbredd, område, index och grupp (engruppsindex: varje grupp mot resten av totalen; flergruppsindex: gruppen '(all groups)'), med värdet och antalet använda och utelämnade enheter. Det valfria diagrammet (PNG eller SVG enligt filändelsen) har en panel per index och grupp och en linje per område, med bandbredden på logaritmisk skala; den valfria HTML-rapporten innehåller diagrammet och tabellen.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="198" />
      <source>Bandwidths (metres, separated by commas; 0 = aspatial)</source>
      <translation>Bandbredder (meter, åtskilda med kommatecken; 0 = icke-spatialt)</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="200" />
      <source>Kernel function</source>
      <translation>Kärnfunktion (kernel)</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="206" />
      <source>Environments stop at region borders</source>
      <translation>Omgivningarna slutar vid områdesgränserna</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="210" />
      <source>Profile chart</source>
      <translation>Profildiagram</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="233" />
      <source>Give at least one bandwidth in metres, e.g. 250, 500, 1000, 2000, 4000.</source>
      <translation>Ange minst en bandbredd i meter, t.ex. 250, 500, 1000, 2000, 4000.</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="250" />
      <source>The multiscalar profile needs the location of every unit, but the input layer has no geometry (a plain table). Use a layer of polygons or points, e.g. join the table to the postal-code areas first.</source>
      <translation>Den flerskaliga segregationsprofilen behöver varje enhets läge, men indatalagret saknar geometri (en ren tabell). Använd ett lager med polygoner eller punkter, t.ex. genom att först koppla tabellen till postnummerområdena.</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="254" />
      <source>The multiscalar profile</source>
      <translation>Den flerskaliga segregationsprofilen</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="255" />
      <source>The layer has no coordinate reference system: distances are taken in its map units as if they were metres.</source>
      <translation>Lagret har inget koordinatreferenssystem: avstånden tolkas i dess kartenheter som om de vore meter.</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="356" />
      <source>Bandwidths (m)</source>
      <translation>Bandbredder (m)</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="210" />
      <source>PNG images (*.png);;SVG images (*.svg)</source>
      <translation>PNG-bilder (*.png);;SVG-bilder (*.svg)</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="395" />
      <source>The chart file '{}' must end in .png or .svg.</source>
      <translation>Diagramfilen '{}' måste sluta på .png eller .svg.</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="229" />
      <source>Bandwidths: '{}' is not a distance. Give distances in metres (0 or more) separated by commas, e.g. 250, 500, 1000, 2000, 4000.</source>
      <translation>Bandbredder: '{}' är inte ett avstånd. Ange avstånd i meter (0 eller mer) åtskilda med kommatecken, t.ex. 250, 500, 1000, 2000, 4000.</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="272" />
      <source>Features {} have no geometry: the multiscalar profile needs every unit's location. Remove or fix them.</source>
      <translation>Objekten {} saknar geometri: den flerskaliga segregationsprofilen behöver varje enhets läge. Ta bort eller rätta dem.</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="281" />
      <source>Bandwidth {:g} m done.</source>
      <translation>Bandbredd {:g} m klar.</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="338" />
      <source>The chart needs the Python package matplotlib, which this QGIS installation lacks ({}).</source>
      <translation>Diagrammet kräver Python-paketet matplotlib, som saknas i denna QGIS-installation ({}).</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="388" />
      <source>{:g} m</source>
      <translation>{:g} m</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="68" />
      <source>Field '{field}' has non-numeric values ({examples}) in features {ids}. Use a numeric field, or clean these values.</source>
      <translation>Fältet '{field}' har icke-numeriska värden ({examples}) i objekten {ids}. Använd ett numeriskt fält eller rätta dessa värden.</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="70" />
      <source>Field '{field}' has negative or infinite counts in features {ids}. Counts must be &gt;= 0 (-1 is read as suppressed).</source>
      <translation>Fältet '{field}' har negativa eller oändliga antal i objekten {ids}. Antalen måste vara &gt;= 0 (-1 tolkas som ett skyddat värde).</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="72" />
      <source>Field '{field}' is larger than the total '{total}' in features {ids}. Check that '{total}' is the base count of '{field}'.</source>
      <translation>Fältet '{field}' är större än totalen '{total}' i objekten {ids}. Kontrollera att '{total}' är basen för '{field}'.</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="75" />
      <source>Only one group field ('{field}') and no total field: choose the total (base) field, or at least two group fields whose sum is the total.</source>
      <translation>Endast ett gruppfält ('{field}') och inget totalfält: välj totalfältet (basen) eller minst två gruppfält vars summa är totalen.</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="53" />
      <source>The input layer has no features (or no selected features).</source>
      <translation>Indatalagret har inga objekt (eller inga valda objekt).</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="107" />
      <source>Field '{}' is not in the input layer.</source>
      <translation>Fältet '{}' finns inte i indatalagret.</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="30" />
      <source>Bandwidth of the surface (kernel-smoothed) indices, map units (0 = none); also kernel weights</source>
      <translation>Bandbredd för de ytbaserade (kärnutjämnade) indexen, kartenheter (0 = inga); gäller även kärnvikter</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="33" />
      <source>Centre for centralization</source>
      <translation>Centrum för centralisering</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="36" />
      <source>Centre points (polycentric cities)</source>
      <translation>Centrumpunkter (flerkärniga städer)</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="38" />
      <source>Region of each centre point (field of the centre layer)</source>
      <translation>Område för varje centrumpunkt (fält i centrumlagret)</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="40" />
      <source>Distance-decay convention</source>
      <translation>Konvention för avståndsavtagande</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="105" />
      <source>Choose the centre point layer for centralization.</source>
      <translation>Välj lagret med centrumpunkter för centraliseringen.</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="119" />
      <source>The centre point layer has no points.</source>
      <translation>Lagret med centrumpunkter har inga punkter.</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="34" />
      <source>Region centroid (mean of unit centroids)</source>
      <translation>Områdets centroid (medelvärdet av enheternas centroider)</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="34" />
      <source>Population-weighted mean centre</source>
      <translation>Befolkningsviktad medelpunkt</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="35" />
      <source>Nearest point of the centre layer</source>
      <translation>Närmaste punkt i centrumlagret</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="41" />
      <source>Massey &amp; Denton 1988: exp(-distance in km)</source>
      <translation>Massey &amp; Denton 1988: exp(-avstånd i km)</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="41" />
      <source>PySAL 2.5 compatible</source>
      <translation>Kompatibel med PySAL 2.5</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="66" />
      <source>Features {} have no geometry, so spatial indices cannot place them. Remove or repair them, or choose only aspatial indices.</source>
      <translation>Objekten {} saknar geometri, så de spatiala indexen kan inte placera dem. Ta bort eller reparera dem, eller välj endast icke-spatiala index.</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="127" />
      <source>No centre point's region in '{field}' is a region of the units: {codes} (the units' regions are {regions}).</source>
      <translation>Ingen centrumpunkts område i '{field}' är ett område bland enheterna: {codes} (enheternas områden är {regions}).</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="137" />
      <source>Regions without a centre point (their centralization indices are empty): {}</source>
      <translation>Områden utan centrumpunkt (deras centraliseringsindex lämnas tomma): {}</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="132" />
      <source>{} centre points have a region that no unit has; they are ignored.</source>
      <translation>{} centrumpunkter har ett område som ingen enhet har; de ignoreras.</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="47" />
      <source>Neighbours of every unit (contiguity, nearest neighbours, distance band, kernel), summarised and written as a GAL/GWT file.</source>
      <translation>Grannarna till varje enhet (angränsning, närmaste grannar, avståndsband, kärnfunktion), sammanfattade och skrivna till en GAL/GWT-fil.</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="51" />
      <source>&lt;p&gt;Builds the spatial weights that the spatial indices and cluster tools use, so you can check them (neighbour counts, islands, connected parts) and exchange them with GeoDa or PySAL.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Queen / rook contiguity&lt;/b&gt;: polygons that share a corner or a border / a border of positive length, found with GEOS; the snapping tolerance closes slivers and small gaps. Square grid cells (e.g. 250 m) are recognised and linked from their positions, without geometry tests.&lt;/li&gt;&lt;li&gt;&lt;b&gt;K nearest neighbours&lt;/b&gt;, &lt;b&gt;distance band&lt;/b&gt; (binary) and &lt;b&gt;kernels&lt;/b&gt; (triangular, uniform, Epanechnikov, quartic, Gaussian; fixed bandwidth, or adaptive: the distance to the k-th neighbour) use the centroids and need a projected CRS (metres), e.g. ETRS-TM35FIN (EPSG:3067) in Finland.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Islands (units without neighbours, e.g. archipelago postal areas) are listed; optionally they are linked to their k nearest units. With a region field, neighbours are only sought within the same region (city). Conventions follow libpysal (Anselin 1988; Anselin &amp;amp; Rey 2010).&lt;/p&gt;&lt;p&gt;The output layer gets &lt;code&gt;n_neighbours&lt;/code&gt;, &lt;code&gt;island&lt;/code&gt; (1/0) and &lt;code&gt;component&lt;/code&gt; (connected part). The GAL file holds neighbour lists, the GWT file the weights; ids are the ID field's values (feature ids without it).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Bygger de spatiala vikter som de spatiala indexen och klusterverktygen använder, så att du kan kontrollera dem (antal grannar, öar, sammanhängande delar) och utbyta dem med GeoDa eller PySAL.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Drottning-/tornangränsning (queen/rook)&lt;/b&gt;: polygoner som delar ett hörn eller en gräns / en gräns med positiv längd, hittade med GEOS; fästtoleransen sluter smala glipor och små luckor. Kvadratiska rutor (t.ex. 250 m) känns igen och kopplas utifrån sina positioner, utan geometritester.&lt;/li&gt;&lt;li&gt;&lt;b&gt;K närmaste grannar&lt;/b&gt;, &lt;b&gt;avståndsband&lt;/b&gt; (binärt) och &lt;b&gt;kärnfunktioner&lt;/b&gt; (triangulär, likformig, Epanechnikov, kvartisk, gaussisk; fast bandbredd eller adaptiv: avståndet till den k:te grannen) använder centroiderna och kräver ett projicerat koordinatreferenssystem (meter), t.ex. ETRS-TM35FIN (EPSG:3067) i Finland.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Öar (enheter utan grannar, t.ex. postnummerområden i skärgården) listas; valfritt kopplas de till sina k närmaste enheter. Med ett områdesfält söks grannar endast inom samma område (stad). Konventionerna följer libpysal (Anselin 1988; Anselin &amp;amp; Rey 2010).&lt;/p&gt;&lt;p&gt;Utdatalagret får &lt;code&gt;n_neighbours&lt;/code&gt;, &lt;code&gt;island&lt;/code&gt; (1/0) och &lt;code&gt;component&lt;/code&gt; (sammanhängande del). GAL-filen innehåller grannlistor, GWT-filen vikterna; id är värdena i ID-fältet (utan det objektens id).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="171" />
      <source>Links</source>
      <translation>Länkar</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="171" />
      <source>Mean neighbours</source>
      <translation>Grannar i genomsnitt</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="172" />
      <source>Fewest neighbours</source>
      <translation>Minsta antal grannar</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="172" />
      <source>Most neighbours</source>
      <translation>Största antal grannar</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="173" />
      <source>Islands</source>
      <translation>Öar (enheter utan grannar)</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="173" />
      <source>Connected parts</source>
      <translation>Sammanhängande delar</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="173" />
      <source>Symmetric</source>
      <translation>Symmetrisk</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="71" />
      <source>Region field (neighbours only within a region)</source>
      <translation>Områdesfält (grannar endast inom ett område)</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="74" />
      <source>ID field for the weights file (unique, e.g. posti_alue)</source>
      <translation>ID-fält för viktfilen (unikt, t.ex. posti_alue)</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="78" />
      <source>Neighbour counts</source>
      <translation>Antal grannar</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="80" />
      <source>Weights file</source>
      <translation>Viktfil</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="83" />
      <source>HTML summary</source>
      <translation>HTML-sammanfattning</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="85" />
      <source>Number of islands</source>
      <translation>Antal öar</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="86" />
      <source>Mean number of neighbours</source>
      <translation>Genomsnittligt antal grannar</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="87" />
      <source>Number of connected parts</source>
      <translation>Antal sammanhängande delar</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="176" />
      <source>Island ids</source>
      <translation>Öarnas id</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="177" />
      <source>Specification</source>
      <translation>Specifikation</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="80" />
      <source>GAL files (*.gal);;GWT files (*.gwt)</source>
      <translation>GAL-filer (*.gal);;GWT-filer (*.gwt)</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="136" />
      <source>{n} units, {links} links, neighbours per unit: mean {mean:.2f}, min {min}, max {max}; {parts} connected parts.</source>
      <translation>{n} enheter, {links} länkar, grannar per enhet: medelvärde {mean:.2f}, min {min}, max {max}; {parts} sammanhängande delar.</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="131" />
      <source>ID field '{}' must be unique, non-empty and without spaces.</source>
      <translation>Värdena i ID-fältet '{}' måste vara unika och icke-tomma och får inte innehålla mellanslag.</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="143" />
      <source>{} units have no neighbours (islands): {}</source>
      <translation>{} enheter saknar grannar (öar): {}</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="55" />
      <source>&lt;h3&gt;The two sets&lt;/h3&gt;&lt;p&gt;Give the two sets of units in one of two ways: &lt;b&gt;two layers&lt;/b&gt; (the input layer is set A, the second layer set B, e.g. the same city in 2015 and 2019; the count fields must exist in both; &lt;i&gt;Set A&lt;/i&gt; and &lt;i&gt;Set B&lt;/i&gt; may name them), or &lt;b&gt;one layer and a set field&lt;/b&gt; with two of its values (e.g. field &lt;code&gt;kunta&lt;/code&gt;, set A = 091 Helsinki, set B = 049 Espoo). A numeric field matches numerically (091 = 91). The group count fields, the total field and the missing-value policy apply to both sets; imputation uses each set's own rate. Each set needs at least two usable units.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;De två mängderna&lt;/h3&gt;&lt;p&gt;Ange de två mängderna av enheter på ett av två sätt: &lt;b&gt;två lager&lt;/b&gt; (indatalagret är mängd A, det andra lagret mängd B, t.ex. samma stad 2015 och 2019; fälten med antal måste finnas i båda; &lt;i&gt;Mängd A&lt;/i&gt; och &lt;i&gt;Mängd B&lt;/i&gt; kan ge dem namn), eller &lt;b&gt;ett lager och ett mängdfält&lt;/b&gt; med två av dess värden (t.ex. fältet &lt;code&gt;kunta&lt;/code&gt;, mängd A = 091 Helsingfors, mängd B = 049 Esbo). Ett numeriskt fält jämförs numeriskt (091 = 91). Fälten med gruppantal, totalfältet och hanteringen av saknade värden gäller båda mängderna; imputeringen använder varje mängds egen andel. Varje mängd behöver minst två användbara enheter.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="40" />
      <source>Second layer: set B, e.g. the same city in another year [or use a set field]</source>
      <translation>Andra lagret: mängd B, t.ex. samma stad ett annat år [eller använd ett mängdfält]</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="43" />
      <source>Set field of the input layer, e.g. the municipality code [instead of a second layer]</source>
      <translation>Mängdfält i indatalagret, t.ex. kommunkoden [i stället för ett andra lager]</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="46" />
      <source>Set A: value of the set field, e.g. 091 [with two layers: an optional name for the input layer]</source>
      <translation>Mängd A: värde i mängdfältet, t.ex. 091 [med två lager: ett valfritt namn på indatalagret]</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="49" />
      <source>Set B: value of the set field, e.g. 049 [with two layers: an optional name for the second layer]</source>
      <translation>Mängd B: värde i mängdfältet, t.ex. 049 [med två lager: ett valfritt namn på det andra lagret]</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="131" />
      <source>Give the two sets either as a second layer or as a set field with two values, not both.</source>
      <translation>Ange de två mängderna antingen som ett andra lager eller som ett mängdfält med två värden, inte båda.</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="136" />
      <source>Give the two sets to compare: a second layer (set B), or a set field of the input layer with the values of set A and set B (e.g. kunta = 091 and 049).</source>
      <translation>Ange de två mängder som ska jämföras: ett andra lager (mängd B) eller ett mängdfält i indatalagret med värdena för mängd A och mängd B (t.ex. kunta = 091 och 049).</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="160" />
      <source>layer '{}'</source>
      <translation>lagret '{}'</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="193" />
      <source>{field} = {value} in layer '{layer}'</source>
      <translation>{field} = {value} i lagret '{layer}'</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="149" />
      <source>Field(s) {fields} are not in the second layer '{layer}': with two layers the group and total fields must exist in both.</source>
      <translation>Fälten {fields} finns inte i det andra lagret '{layer}': med två lager måste grupp- och totalfälten finnas i båda.</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="166" />
      <source>The set field '{}' is also chosen as a group or total field.</source>
      <translation>Mängdfältet '{}' är också valt som grupp- eller totalfält.</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="169" />
      <source>With a set field ('{}'), give the values of set A and set B (e.g. 091 and 049).</source>
      <translation>Med ett mängdfält ('{}') ska du ange värdena för mängd A och mängd B (t.ex. 091 och 049).</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="185" />
      <source>Set A and set B are the same value ('{}') of the set field: choose two different values.</source>
      <translation>Mängd A och mängd B är samma värde ('{}') i mängdfältet: välj två olika värden.</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="180" />
      <source>No feature has the value '{value}' in the set field '{field}'. Values present: {values}.</source>
      <translation>Inget objekt har värdet '{value}' i mängdfältet '{field}'. Förekommande värden: {values}.</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="101" />
      <source>Set '{set}' has {n} usable unit(s) for {group} ({dropped} dropped because of missing values): a comparison needs at least two units in each set.</source>
      <translation>Mängd '{set}' har {n} användbara enhet(er) för {group} ({dropped} utelämnade på grund av saknade värden): en jämförelse kräver minst två enheter i varje mängd.</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="106" />
      <source>Set '{set}' has no population in its usable units for {group} (every total is 0).</source>
      <translation>Mängd '{set}' har ingen befolkning i sina användbara enheter för {group} (varje total är 0).</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="37" />
      <source>Queen contiguity (shared border or corner)</source>
      <translation>Drottningangränsning (queen; gemensam gräns eller hörn)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="37" />
      <source>Rook contiguity (shared border)</source>
      <translation>Tornangränsning (rook; gemensam gräns)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="38" />
      <source>K nearest neighbours</source>
      <translation>K närmaste grannar</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="38" />
      <source>Distance band</source>
      <translation>Avståndsband</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="38" />
      <source>Kernel</source>
      <translation>Kärnfunktion (kernel)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="38" />
      <source>From a GAL/GWT file</source>
      <translation>Från en GAL/GWT-fil</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="42" />
      <source>Triangular</source>
      <translation>Triangulär</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="42" />
      <source>Uniform</source>
      <translation>Likformig</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="42" />
      <source>Epanechnikov</source>
      <translation>Epanechnikov</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="42" />
      <source>Quartic (bisquare)</source>
      <translation>Kvartisk (bisquare)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="42" />
      <source>Gaussian</source>
      <translation>Gaussisk</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="49" />
      <source>Spatial weights (neighbours)</source>
      <translation>Spatiala vikter (grannar)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="51" />
      <source>Contiguity snapping tolerance (map units, closes slivers and gaps)</source>
      <translation>Fästtolerans för angränsning (kartenheter, sluter glipor och luckor)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="53" />
      <source>Number of neighbours k (KNN, adaptive kernel, islands)</source>
      <translation>Antal grannar k (KNN, adaptiv kärnfunktion, öar)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="55" />
      <source>Distance band threshold (map units)</source>
      <translation>Tröskelvärde för avståndsband (kartenheter)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="62" />
      <source>Units without neighbours (islands)</source>
      <translation>Enheter utan grannar (öar)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="65" />
      <source>Neighbours only within the same region</source>
      <translation>Grannar endast inom samma område</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="67" />
      <source>Weights file (GAL or GWT; ids = feature ids or the ID field)</source>
      <translation>Viktfil (GAL eller GWT; id = objektens id eller ID-fältet)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="171" />
      <source>Choose a GAL or GWT weights file.</source>
      <translation>Välj en viktfil i GAL- eller GWT-format.</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="59" />
      <source>Kernel bandwidth (map units; 0 = adaptive, k-th neighbour)</source>
      <translation>Kärnfunktionens bandbredd (kartenheter; 0 = adaptiv, avståndet till den k:te grannen)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="68" />
      <source>Weights files (*.gal *.GAL *.gwt *.GWT)</source>
      <translation>Viktfiler (*.gal *.GAL *.gwt *.GWT)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="63" />
      <source>Keep without neighbours</source>
      <translation>Behåll utan grannar</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="63" />
      <source>Link to their k nearest units</source>
      <translation>Koppla till sina k närmaste enheter</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="101" />
      <source>Features {} have no geometry: spatial weights need every unit's location. Remove or fix them.</source>
      <translation>Objekten {} saknar geometri: spatiala vikter kräver varje enhets läge. Ta bort eller rätta dem.</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="136" />
      <source>Regular grid of {:g} map-unit cells: contiguity from cell positions.</source>
      <translation>Regelbundet rutnät med rutor på {:g} kartenheter: angränsning utifrån rutornas positioner.</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="175" />
      <source>Weights file '{}' is neither .gal nor .gwt.</source>
      <translation>Viktfilen '{}' är varken .gal eller .gwt.</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="109" />
      <source>Distance-based weights</source>
      <translation>Avståndsbaserade vikter</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="115" />
      <source>Linking islands to their nearest units</source>
      <translation>Koppling av öar till deras närmaste enheter</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="90" />
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
      <location filename="../index_names.py" line="27" />
      <source>Spatial dissimilarity D(adj) (Morrill)</source>
      <translation>Spatialt olikhetsindex D(adj) (Morrill)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="28" />
      <source>Boundary spatial dissimilarity D(w) (Wong)</source>
      <translation>Gränslängdsviktat spatialt olikhetsindex D(w) (Wong)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="29" />
      <source>Perimeter/area dissimilarity D(s) (Wong)</source>
      <translation>Olikhetsindex viktat med omkrets/areal D(s) (Wong)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="30" />
      <source>Spatial proximity (White)</source>
      <translation>Spatial närhet (White)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="31" />
      <source>Absolute clustering</source>
      <translation>Absolut klustring</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="32" />
      <source>Relative clustering</source>
      <translation>Relativ klustring</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="33" />
      <source>Distance-decay isolation</source>
      <translation>Isoleringsindex med avståndsavtagande</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="34" />
      <source>Distance-decay exposure</source>
      <translation>Exponeringsindex med avståndsavtagande</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="35" />
      <source>Delta (concentration)</source>
      <translation>Delta (koncentration)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="36" />
      <source>Absolute concentration</source>
      <translation>Absolut koncentration</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="37" />
      <source>Relative concentration</source>
      <translation>Relativ koncentration</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="38" />
      <source>Absolute centralization</source>
      <translation>Absolut centralisering</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="39" />
      <source>Relative centralization</source>
      <translation>Relativ centralisering</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="49" />
      <source>Share of the group that would have to move for an even distribution.</source>
      <translation>Den andel av gruppen som skulle behöva flytta för att fördelningen ska bli jämn.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="50" />
      <source>Mean difference in group shares between all pairs of areas, weighted by population.</source>
      <translation>Medelskillnaden i gruppandelar mellan alla par av delområden, viktad med befolkningen.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="51" />
      <source>How much less diverse the areas are than the city as a whole.</source>
      <translation>Hur mycket mindre mångfald delområdena har än staden som helhet.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="52" />
      <source>Unevenness that weights areas where the group is under-represented (shape b).</source>
      <translation>Ojämnhet som ger vikt åt delområden där gruppen är underrepresenterad (formparameter b).</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="53" />
      <source>Group share in the area of the average group member.</source>
      <translation>Gruppens andel i den genomsnittliga gruppmedlemmens delområde.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="54" />
      <source>Share of the others in the area of the average group member.</source>
      <translation>De övrigas andel i den genomsnittliga gruppmedlemmens delområde.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="55" />
      <source>Isolation corrected for the group's size in the city.</source>
      <translation>Isolering korrigerad för gruppens storlek i staden.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="56" />
      <source>Dissimilarity generalised to all groups at once.</source>
      <translation>Olikhetsindex generaliserat till alla grupper samtidigt.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="57" />
      <source>Gini coefficient generalised to all groups at once.</source>
      <translation>Gini-koefficienten generaliserad till alla grupper samtidigt.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="58" />
      <source>Theil's H for all groups: entropy lost by living apart.</source>
      <translation>Theils H för alla grupper: entropi som går förlorad när grupperna bor åtskilda.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="59" />
      <source>Information the area gives about a resident's group (natural log).</source>
      <translation>Information som delområdet ger om en invånares grupp (naturlig logaritm).</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="60" />
      <source>Variance of group shares across areas, normalised per group.</source>
      <translation>Variansen i gruppandelar mellan delområden, normaliserad per grupp.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="61" />
      <source>Interaction lost by living apart, relative to the city.</source>
      <translation>Interaktion som går förlorad när grupperna bor åtskilda, i förhållande till staden.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="62" />
      <source>Variance of group shares relative to group size.</source>
      <translation>Variansen i gruppandelar i förhållande till gruppens storlek.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="63" />
      <source>Chance that two random residents of the city belong to the same group.</source>
      <translation>Sannolikheten att två slumpvis valda invånare i staden tillhör samma grupp.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="64" />
      <source>Chance that two random residents of the city belong to different groups.</source>
      <translation>Sannolikheten att två slumpvis valda invånare i staden tillhör olika grupper.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="65" />
      <source>Entropy of the city's composition (natural log; maximum ln K).</source>
      <translation>Entropin i stadens sammansättning (naturlig logaritm; högst ln K).</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="66" />
      <source>D minus the difference in group shares between neighbouring areas.</source>
      <translation>D minus skillnaden i gruppandelar mellan angränsande delområden.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="67" />
      <source>D minus neighbour differences weighted by shared boundary length.</source>
      <translation>D minus skillnaderna mellan grannar, viktade med den gemensamma gränsens längd.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="68" />
      <source>D(w) also weighting neighbours by the compactness of the areas.</source>
      <translation>D(w) där grannarna dessutom viktas med delområdenas kompakthet.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="69" />
      <source>Mean proximity within groups relative to the proximity of everyone.</source>
      <translation>Genomsnittlig närhet inom grupperna i förhållande till närheten mellan alla invånare.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="70" />
      <source>Average proximity of group members to each other, 0 = none.</source>
      <translation>Gruppmedlemmarnas genomsnittliga närhet till varandra, 0 = ingen klustring.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="71" />
      <source>Proximity within the group relative to proximity within the rest.</source>
      <translation>Närheten inom gruppen i förhållande till närheten inom övriga.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="72" />
      <source>Isolation in distance-weighted surroundings, not just the own area.</source>
      <translation>Isolering i den avståndsviktade omgivningen, inte bara i det egna delområdet.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="73" />
      <source>Exposure to the rest in distance-weighted surroundings.</source>
      <translation>Exponering mot övriga i den avståndsviktade omgivningen.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="74" />
      <source>Share of the group that would have to move to reach a uniform density.</source>
      <translation>Den andel av gruppen som skulle behöva flytta för att tätheten ska bli likformig.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="75" />
      <source>How small an area the group occupies, relative to the extremes.</source>
      <translation>Hur liten yta gruppen upptar i förhållande till ytterlighetsfallen.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="76" />
      <source>Area occupied by the group relative to the area of the rest.</source>
      <translation>Den yta gruppen upptar i förhållande till de övrigas yta.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="77" />
      <source>How close to the centre the group lives, relative to the area.</source>
      <translation>Hur nära centrum gruppen bor i förhållande till ytan.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="78" />
      <source>How close to the centre the group lives, relative to the rest.</source>
      <translation>Hur nära centrum gruppen bor i förhållande till övriga.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="81" />
      <source>The same index on kernel-smoothed local environments (Reardon &amp; O'Sullivan 2004).</source>
      <translation>Samma index beräknat på kärnutjämnade lokala omgivningar (Reardon &amp; O'Sullivan 2004).</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="89" />
      <source>Higher = more segregated</source>
      <translation>Högre värde = mer segregerat</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="42" />
      <source>Spatial (kernel-smoothed) {}</source>
      <translation>{} – spatial version (kärnutjämnad)</translation>
    </message>
    <message>
      <location filename="../provider.py" line="28" />
      <source>Segregation analysis</source>
      <translation>Segregationsanalys</translation>
    </message>
    <message>
      <location filename="../styles.py" line="88" />
      <source>High-High (hot spot)</source>
      <translation>Hög–hög (het punkt)</translation>
    </message>
    <message>
      <location filename="../styles.py" line="88" />
      <source>Low-Low (cold spot)</source>
      <translation>Låg–låg (kall punkt)</translation>
    </message>
    <message>
      <location filename="../styles.py" line="89" />
      <source>High-Low (high among low)</source>
      <translation>Hög–låg (hög bland låga)</translation>
    </message>
    <message>
      <location filename="../styles.py" line="89" />
      <source>Low-High (low among high)</source>
      <translation>Låg–hög (låg bland höga)</translation>
    </message>
    <message>
      <location filename="../styles.py" line="90" />
      <source>Not significant</source>
      <translation>Inte signifikant</translation>
    </message>
    <message>
      <location filename="../styles.py" line="90" />
      <source>No neighbours</source>
      <translation>Inga grannar</translation>
    </message>
    <message>
      <location filename="../styles.py" line="91" />
      <source>Missing data</source>
      <translation>Saknade uppgifter</translation>
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
