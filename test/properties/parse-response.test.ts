import {describeProperties} from './suite.js'

describeProperties('parseResponse')
