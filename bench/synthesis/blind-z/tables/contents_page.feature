Feature: Contents page lines
  Every line of the contents page is exactly 30 characters long: the chapter title, a space,
  a row of dots, a space and the page number, so that the page numbers line up on the right.

  Scenario Outline: laying out a contents line
    Given a chapter called "<title>"
    And it starts on page <page>
    When the contents line is laid out
    Then the line reads "<line>"

    Examples:
      | title                    | page | line                           |
      | Introduction             | 1    | Introduction ............... 1 |
      | Getting Started          | 3    | Getting Started ............ 3 |
      | Care and Feeding         | 17   | Care and Feeding .......... 17 |
      | Walks Near Home          | 45   | Walks Near Home ........... 45 |
      | Recipes for Every Season | 88   | Recipes for Every Season .. 88 |
      | Maps                     | 6    | Maps ....................... 6 |
      | Glossary                 | 140  | Glossary ................. 140 |
      | Further Reading          | 203  | Further Reading .......... 203 |
      | Index                    | 212  | Index .................... 212 |
