import {describeProperties} from './suite.js'

describeProperties('lint')
