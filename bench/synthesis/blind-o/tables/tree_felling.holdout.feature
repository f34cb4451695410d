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
      | 15    | yes          | no   | yes    |
      | 6     | yes          | no   | no     |
      | 200   | no           | no   | no     |
      | 60    | yes          | yes  | no     |
      | 9     | yes          | no   | yes    |
      | 10    | no           | yes  | no     |
