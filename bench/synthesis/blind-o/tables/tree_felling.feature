Feature: Tree felling notice
  You must tell the council before cutting down a tree in a conservation area when its trunk is
  8 cm or more across. Dead trees need no notice.

  Scenario Outline: asking about cutting down a tree
    Given a tree with a trunk <trunk> cm across
    And it stands in a conservation area: <conservation>
    And the tree is dead: <dead>
    When I ask whether to tell the council
    Then council notice is needed: <notice>

    Examples:
      | trunk | conservation | dead | notice |
      | 30    | yes          | no   | yes    |
      | 8     | yes          | no   | yes    |
      | 7     | yes          | no   | no     |
      | 120   | yes          | no   | yes    |
      | 30    | no           | no   | no     |
      | 5     | no           | no   | no     |
      | 30    | yes          | yes  | no     |
      | 8     | no           | yes  | no     |
      | 45    | no           | yes  | no     |
